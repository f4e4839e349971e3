import "server-only";
import { brazilPhoneKey, toE164 } from "@/server/meta/phone";

// Who wrote, as Meta tells it: the phone (wa_id) and/or the business-scoped user id, which
// replaces `from` for users who hide their number behind a username.
export type WhatsappIdentity = {
  phoneE164: string | null;
  phoneKey: string | null;
  waId: string | null;
  bsuid: string | null;
  name: string | null;
};

type Sender = { from?: string; fromUserId?: string };
type Contact = { wa_id?: string; user_id?: string; profile?: { name?: string; username?: string } };

const WA_ID = /^\d{8,15}$/;
const BSUID = /^[A-Za-z0-9._:-]{1,128}$/;

export function whatsappIdentity(sender: Sender, contacts: Contact[]): WhatsappIdentity | null {
  const contact =
    contacts.find((c) => (sender.from && c.wa_id === sender.from) || (sender.fromUserId && c.user_id === sender.fromUserId)) ??
    (contacts.length === 1 ? contacts[0] : undefined);
  const waId = sender.from && WA_ID.test(sender.from) ? sender.from : null;
  const userId = sender.fromUserId ?? contact?.user_id;
  const bsuid = userId && BSUID.test(userId) ? userId : null;
  if (!waId && !bsuid) return null;
  // wa_id is always international digits: the "+" keeps it from being read as a Brazilian local number.
  const phoneE164 = waId ? (toE164(`+${waId}`) ?? `+${waId}`) : null;
  const name = (contact?.profile?.name || contact?.profile?.username)?.trim().slice(0, 120) || null;
  return { phoneE164, phoneKey: phoneE164 ? brazilPhoneKey(phoneE164) : null, waId, bsuid, name };
}

/** A stable key grouping one sender's messages inside a webhook. */
export function senderKey(sender: Sender): string | null {
  if (sender.from) return `wa:${sender.from}`;
  if (sender.fromUserId) return `user:${sender.fromUserId}`;
  return null;
}
