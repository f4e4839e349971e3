import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";

// "Teste de recebimento": the browser notes `serverTime`, asks the admin to write to the number,
// and polls this until `lastInbound.receivedAt` passes that moment.
export async function receptionStatus(db: Db, channelId: string) {
  const channel = await db.channel.findUnique({ where: { id: channelId }, select: { id: true, lastWebhookAt: true } });
  if (!channel) throw new AppError("NOT_FOUND", "channels.notFound");
  // Walks the (channelId, lastMessageAt) index until the most recent conversation whose last word
  // was the lead's.
  const conversation = await db.conversation.findFirst({
    where: { channelId, lastMessageDirection: "INBOUND" },
    orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
    select: { id: true, lead: { select: { name: true, phoneE164: true } } },
  });
  const message = conversation
    ? await db.message.findFirst({
        where: { conversationId: conversation.id, direction: "INBOUND" },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, type: true, body: true, createdAt: true },
      })
    : null;
  return {
    serverTime: new Date(),
    lastWebhookAt: channel.lastWebhookAt,
    lastInbound:
      conversation && message
        ? { messageId: message.id, type: message.type, body: message.body, receivedAt: message.createdAt, leadName: conversation.lead.name, leadPhone: conversation.lead.phoneE164 }
        : null,
  };
}
