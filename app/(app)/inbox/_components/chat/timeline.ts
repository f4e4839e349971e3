import { dayKey } from "../../_lib/format";
import type { ChatMessage, TimelineEvent } from "../../_lib/types";
import type { OutboxItem } from "./use-outbox";

export type TimelineRow =
  | { kind: "day"; key: string; date: Date }
  | { kind: "message"; key: string; message: ChatMessage; reactions: string[] }
  | { kind: "system"; key: string; message: ChatMessage }
  | { kind: "event"; key: string; event: TimelineEvent }
  | { kind: "outbox"; key: string; item: OutboxItem };

type Entry = { at: Date; row: TimelineRow };

// Latest reaction per side wins; an emoji-less one means it was removed.
function reactionsByTarget(messages: ChatMessage[]): Map<string, string[]> {
  const latest = new Map<string, Map<string, string | null>>();
  for (const message of messages) {
    if (message.type !== "REACTION" || !message.reactionToWamid) continue;
    const emoji = message.details.kind === "reaction" ? message.details.emoji : null;
    const sides = latest.get(message.reactionToWamid) ?? new Map<string, string | null>();
    sides.set(message.direction, emoji);
    latest.set(message.reactionToWamid, sides);
  }
  return new Map([...latest].map(([wamid, sides]) => [wamid, [...sides.values()].filter((e): e is string => Boolean(e))]));
}

/**
 * The chat in reading order: messages (reactions folded under their target), the conversation's
 * system lines within the loaded range, pending sends, and a separator per São Paulo day.
 */
export function buildTimeline(input: { messages: ChatMessage[]; events: TimelineEvent[]; outbox: OutboxItem[]; complete: boolean }): TimelineRow[] {
  const reactions = reactionsByTarget(input.messages);
  const stored = new Set(input.messages.map((m) => m.clientRequestId).filter(Boolean));
  const oldest = input.messages[0]?.createdAt;
  const entries: Entry[] = [];
  for (const message of input.messages) {
    if (message.type === "REACTION") continue;
    const row: TimelineRow =
      message.type === "SYSTEM"
        ? { kind: "system", key: message.id, message }
        : { kind: "message", key: message.id, message, reactions: (message.wamid && reactions.get(message.wamid)) || [] };
    entries.push({ at: message.createdAt, row });
  }
  for (const event of input.events) {
    if (!input.complete && oldest && event.createdAt < oldest) continue;
    entries.push({ at: event.createdAt, row: { kind: "event", key: event.id, event } });
  }
  for (const item of input.outbox) {
    if (stored.has(item.clientRequestId)) continue;
    entries.push({ at: item.createdAt, row: { kind: "outbox", key: item.clientRequestId, item } });
  }
  entries.sort((a, b) => +a.at - +b.at);
  const rows: TimelineRow[] = [];
  let day = "";
  for (const entry of entries) {
    const key = dayKey(entry.at);
    if (key !== day) rows.push({ kind: "day", key: `day-${key}`, date: entry.at });
    day = key;
    rows.push(entry.row);
  }
  return rows;
}
