import "server-only";
import { asRecord, phoneNumberIdOf, type Envelope } from "./read-envelope";

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

// The last 8 digits: the same lead whether or not Meta wrote a Brazilian mobile's ninth digit.
// Two leads that share them only share an order, which is harmless.
const personKey = (value: unknown) => (typeof value === "string" ? value.replace(/\D/g, "").slice(-8) : "");

/**
 * What in an event another event's order matters to: each lead on a number (the messages they
 * sent, the statuses of what they were sent) and, for everything else, the business account.
 * Events that share no key touch different conversations and may be applied at the same time.
 */
export function orderingKeys(envelope: Envelope): string[] {
  const keys = new Set<string>();
  for (const entry of envelope.entry) {
    const { id: wabaId, changes } = asRecord(entry);
    for (const change of asArray(changes)) {
      const value = asRecord(asRecord(change).value);
      const phoneNumberId = String(phoneNumberIdOf(value) ?? "");
      const people = [...asArray(value.messages).map((m) => asRecord(m).from ?? asRecord(m).from_user_id), ...asArray(value.statuses).map((s) => asRecord(s).recipient_id ?? asRecord(s).recipient_user_id)];
      const named = people.map(personKey).filter(Boolean);
      if (named.length === 0) keys.add(`account|${String(wabaId ?? "")}`);
      for (const person of named) keys.add(`${phoneNumberId}|${person}`);
    }
  }
  return [...keys];
}
