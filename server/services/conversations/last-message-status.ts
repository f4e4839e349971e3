import "server-only";
import type { MessageStatus, Prisma } from "@/generated/prisma/client";

/**
 * The inbox list shows the ticks of a conversation's last message only: set them while this
 * outbound message is still the newest (a message that arrived meanwhile keeps its place).
 * Returns how many conversations changed (0 or 1), so the caller knows whether to push.
 */
export function touchLastMessageStatus(tx: Prisma.TransactionClient, conversationId: string, messageId: string, status: MessageStatus): Promise<number> {
  return tx.$executeRaw`
    UPDATE "Conversation" c SET "lastMessageStatus" = CAST(${status} AS "MessageStatus"), "updatedAt" = now()
    WHERE c."id" = ${conversationId} AND c."lastMessageDirection" = 'OUTBOUND'
      AND ${messageId} = (SELECT m."id" FROM "Message" m WHERE m."conversationId" = c."id" ORDER BY m."createdAt" DESC, m."id" DESC LIMIT 1)`;
}
