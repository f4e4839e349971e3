import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";

const OUTBOUND_SELECT = {
  id: true,
  direction: true,
  type: true,
  status: true,
  wamid: true,
  body: true,
  templateParams: true,
  replyToWamid: true,
  reactionToWamid: true,
  mediaAssetId: true,
  metaMediaId: true,
  mediaMimeType: true,
  mediaFileName: true,
  mediaStorageKey: true,
  senderId: true,
  createdAt: true,
  template: { select: { name: true, language: true, headerFormat: true, buttons: true } },
  conversation: {
    select: {
      id: true,
      assigneeId: true,
      leadId: true,
      lead: { select: { phoneE164: true, waId: true } },
      channel: { select: { id: true, phoneNumberId: true, accessTokenEnc: true, throughputMps: true, enabled: true } },
    },
  },
} satisfies Prisma.MessageSelect;

export type OutboundMessage = Prisma.MessageGetPayload<{ select: typeof OUTBOUND_SELECT }>;

/** Everything one send needs, in one query. */
export function loadOutboundMessage(db: Db, messageId: string): Promise<OutboundMessage | null> {
  return db.message.findUnique({ where: { id: messageId }, select: OUTBOUND_SELECT });
}

/** The same for a batch, oldest first (the order a broker queued them in). */
export function loadOutboundMessages(db: Db, messageIds: string[]): Promise<OutboundMessage[]> {
  return db.message.findMany({ where: { id: { in: messageIds } }, select: OUTBOUND_SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}
