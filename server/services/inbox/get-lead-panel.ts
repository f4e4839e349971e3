import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { leadSummarySelect } from "@/server/services/leads/get-lead";
import { visibleLeadEventsWhere } from "@/server/services/leads/lead-visibility";
import { assertVisible, visibleConversationsWhere } from "@/server/auth/conversation-visibility";

// The chat's side panel: who the lead is and what happened with them lately.
export async function getLeadPanel(db: Db, actor: Actor, conversationId: string) {
  const conversation = assertVisible(
    actor,
    await db.conversation.findUnique({ where: { id: conversationId }, select: { id: true, assigneeId: true, leadId: true } }),
  );
  const [lead, history, otherConversations] = await Promise.all([
    db.lead.findUniqueOrThrow({
      where: { id: conversation.leadId },
      select: leadSummarySelect,
    }),
    db.leadEvent.findMany({
      where: { AND: [{ leadId: conversation.leadId }, visibleLeadEventsWhere(actor)] },
      orderBy: { createdAt: "desc" },
      take: 12,
      select: { id: true, type: true, createdAt: true, actor: { select: { name: true } } },
    }),
    db.conversation.findMany({
      where: { AND: [visibleConversationsWhere(actor) ?? { id: "" }, { leadId: conversation.leadId, id: { not: conversation.id } }] },
      select: { id: true, status: true, lastMessageAt: true, channel: { select: { name: true } } },
      orderBy: { lastMessageAt: "desc" },
      take: 5,
    }),
  ]);
  return { lead, history, otherConversations };
}
