import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { assertVisible } from "@/server/auth/conversation-visibility";
import { renderStandardMessage } from "@/server/services/standard-messages/render";
import { messageVariables, standardMessageValues } from "./message-variables";

// The composer's "/" picker: global standard messages and the broker's own, filled for this lead.
export async function listQuickReplies(db: Db, actor: Actor, conversationId: string) {
  assertVisible(actor, await db.conversation.findUnique({ where: { id: conversationId }, select: { assigneeId: true } }));
  const [messages, values] = await Promise.all([
    db.standardMessage.findMany({
      where: { OR: [{ ownerId: null }, { ownerId: actor.id }] },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { id: true, title: true, body: true, ownerId: true },
      take: 300,
    }),
    messageVariables(db, { conversationId, brokerName: actor.name }),
  ]);
  return messages.map((m) => ({ id: m.id, title: m.title, personal: m.ownerId !== null, text: renderStandardMessage(m.body, standardMessageValues(values)) }));
}
