import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { conversationPushes } from "@/server/realtime/conversation-pushes";
import { publish } from "@/server/realtime/publish";
import { assertVisible } from "@/server/auth/conversation-visibility";
import { sendReadReceipt, type ReadReceiptSender } from "./send-read-receipt";

export type MarkReadDeps = { sendReadReceipt: ReadReceiptSender; publish: typeof publish };
const defaults: MarkReadDeps = { sendReadReceipt, publish };

/**
 * The assignee (or anyone, while unassigned) opening a conversation reads it: the unread count goes
 * to zero and the lead sees blue ticks. A manager looking at someone else's conversation does not
 * read it for them.
 */
export async function markConversationRead(db: Db, actor: Actor, conversationId: string, deps: MarkReadDeps = defaults) {
  const conversation = assertVisible(
    actor,
    await db.conversation.findUnique({
      where: { id: conversationId },
      select: { id: true, assigneeId: true, unreadCount: true, channel: { select: { phoneNumberId: true, accessTokenEnc: true } } },
    }),
  );
  if (conversation.assigneeId !== null && conversation.assigneeId !== actor.id) return { marked: false };
  const { count } = await db.conversation.updateMany({ where: { id: conversationId, unreadCount: { gt: 0 } }, data: { unreadCount: 0 } });
  if (count === 0) return { marked: false };
  await deps.publish(conversationPushes(conversation, [{ name: "conversation.updated", data: { conversationId } }]));
  const lastInbound = await db.message.findFirst({
    where: { conversationId, direction: "INBOUND", wamid: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { wamid: true },
  });
  if (lastInbound?.wamid) {
    await deps.sendReadReceipt({ ...conversation.channel, wamid: lastInbound.wamid });
  }
  return { marked: true };
}
