import "server-only";
import { Prisma, type MessageStatus } from "@/generated/prisma/client";

type Moved = { conversationId: string; messageId: string };

/**
 * The inbox list shows the ticks of a conversation's last message only: set them where the moved
 * outbound message is still the newest (a message that arrived meanwhile keeps its place), for
 * any number of messages that moved to `status` at once. Returns the conversations that changed,
 * so the caller knows where to push.
 */
export async function touchLastMessageStatuses(tx: Prisma.TransactionClient, status: MessageStatus, moved: Moved[]): Promise<Set<string>> {
  if (moved.length === 0) return new Set();
  const rows = moved.map((m) => Prisma.sql`(${m.conversationId}, ${m.messageId})`);
  const touched = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Conversation" c SET "lastMessageStatus" = CAST(${status} AS "MessageStatus"), "updatedAt" = now()
    FROM (VALUES ${Prisma.join(rows)}) AS v("conversationId", "messageId")
    WHERE c."id" = v."conversationId" AND c."lastMessageDirection" = 'OUTBOUND'
      AND v."messageId" = (SELECT m."id" FROM "Message" m WHERE m."conversationId" = c."id" ORDER BY m."createdAt" DESC, m."id" DESC LIMIT 1)
    RETURNING c."id"`;
  return new Set(touched.map((row) => row.id));
}

/** The same for one message; true when its conversation's ticks changed. */
export async function touchLastMessageStatus(tx: Prisma.TransactionClient, conversationId: string, messageId: string, status: MessageStatus): Promise<boolean> {
  return (await touchLastMessageStatuses(tx, status, [{ conversationId, messageId }])).size > 0;
}
