import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { assertVisible } from "@/server/auth/conversation-visibility";
import { conversationAbilities } from "./conversation-abilities";

export async function getConversation(db: Db, actor: Actor, conversationId: string) {
  const conversation = assertVisible(
    actor,
    await db.conversation.findUnique({
      where: { id: conversationId },
      select: {
        id: true,
        assigneeId: true,
        status: true,
        initiatedBy: true,
        windowExpiresAt: true,
        lastInboundAt: true,
        unreadCount: true,
        closedAt: true,
        lead: { select: { id: true, name: true, phoneE164: true } },
        channel: { select: { id: true, name: true, displayPhoneNumber: true, mode: true, canStartConversations: true, enabled: true, windowHours: true } },
        assignee: { select: { id: true, name: true } },
      },
    }),
  );
  const approvedTemplates = await db.messageTemplate.count({ where: { channelId: conversation.channel.id, status: "APPROVED" } });
  return { ...conversation, abilities: conversationAbilities(actor, { ...conversation, approvedTemplates }) };
}

export type ConversationDetail = Awaited<ReturnType<typeof getConversation>>;
