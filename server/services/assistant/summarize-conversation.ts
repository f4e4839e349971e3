import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { SummaryTrigger } from "@/server/jobs/jobs";
import { leadAssistantConversation, loadAssistantConversation, type AssistantConversation } from "./assistant-conversation";
import { createAssistantGateway, type AssistantGateway } from "./assistant-gateway";
import { isAssistantOff } from "./assistant-refusal";
import { loadConversationLines } from "./conversation-lines";
import { buildSummaryPrompt, parseSummary, type ConversationSummary } from "./summary-prompt";

// The conversation summary on the lead's history: on transfer and on close (background jobs, which
// skip silently when the assistant may not run) and on demand from the lead page. The event stores
// the summary and what asked for it; the history writes the labels in the reader's language.

export type SummaryOrigin = SummaryTrigger | "manual";
type Deps = { gateway: Pick<AssistantGateway, "generate"> };

async function summarize(db: Db, conversation: AssistantConversation, origin: SummaryOrigin, actorId: string | null, deps: Deps) {
  const lines = await loadConversationLines(db, conversation.id);
  if (lines.length === 0) throw new AppError("PRECONDITION_FAILED", "leads.nothingToSummarize");
  const { system, prompt } = buildSummaryPrompt({ lines, developments: conversation.developments });
  const { text } = await deps.gateway.generate({ channelId: conversation.channelId, feature: "SUMMARY", actorId, system, prompt });
  const summary: ConversationSummary = parseSummary(text);
  const event = await db.leadEvent.create({
    data: { leadId: conversation.leadId, conversationId: conversation.id, type: "CONVERSATION_SUMMARY", actorId, data: { ...summary, trigger: origin } },
    select: { id: true, createdAt: true },
  });
  return { eventId: event.id, createdAt: event.createdAt, summary };
}

/** "Resumir conversa" on the lead page: the lead's latest conversation the broker sees. */
export async function summarizeLeadConversation(db: Db, actor: Actor, input: { leadId: string }, deps: Deps = { gateway: createAssistantGateway({ db }) }) {
  const conversation = await leadAssistantConversation(db, actor, input.leadId);
  return summarize(db, conversation, "manual", actor.id, deps);
}

export type BackgroundSummaryResult = "written" | "skipped" | "malformed";

/**
 * The job's side: nobody waits for it, so an assistant that may not run here, a conversation gone or
 * empty, or an answer that is not a summary end quietly; provider trouble is thrown for a retry.
 */
export async function summarizeInBackground(db: Db, input: { conversationId: string; trigger: SummaryTrigger }, deps: Deps): Promise<BackgroundSummaryResult> {
  const conversation = await loadAssistantConversation(db, input.conversationId);
  if (!conversation) return "skipped";
  try {
    await summarize(db, conversation, input.trigger, null, deps);
    return "written";
  } catch (error) {
    if (isAssistantOff(error) || (error instanceof AppError && error.key === "leads.nothingToSummarize")) return "skipped";
    if (error instanceof AppError && error.key === "leads.assistantAnswerMalformed") return "malformed";
    throw error;
  }
}
