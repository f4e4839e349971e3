import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { startWithTemplate } from "@/server/services/conversations/start-with-template";
import { defaultStartDeps, type StartDeps } from "@/server/services/conversations/start-deps";
import { assertVisible } from "@/server/auth/conversation-visibility";

/**
 * "Enviar template" from a chat whose window has closed: the same path as the lead page's
 * "Nova conversa" (start-with-template re-opens this lead × channel conversation), after the inbox's
 * own visibility rule.
 */
export async function queueTemplateMessage(
  db: Db,
  actor: Actor,
  input: { conversationId: string; templateId: string; clientRequestId: string },
  deps: StartDeps = defaultStartDeps,
) {
  const conversation = assertVisible(
    actor,
    await db.conversation.findUnique({ where: { id: input.conversationId }, select: { assigneeId: true, leadId: true, channelId: true } }),
  );
  return startWithTemplate(
    db,
    actor,
    { leadId: conversation.leadId, channelId: conversation.channelId, templateId: input.templateId, clientRequestId: input.clientRequestId },
    deps,
  );
}
