import "server-only";
import type { Jobs, SummaryTrigger } from "@/server/jobs/jobs";

// A transfer or a close asks for the conversation's summary in the background, when the channel's
// assistant is on (the job checks again, and skips when no provider is configured). The broker's
// action never waits on it nor fails because of it: a queue that cannot be reached costs a summary.
export async function requestSummaryQuietly(
  jobs: Jobs,
  conversation: { id: string; channel: { assistantEnabled: boolean } },
  trigger: SummaryTrigger,
  requestedAt = new Date(),
): Promise<void> {
  if (!conversation.channel.assistantEnabled) return;
  try {
    await jobs.requestConversationSummary({ conversationId: conversation.id, trigger, requestedAt });
  } catch (error) {
    console.warn(`[assistant] resumo da conversa ${conversation.id} não foi pedido: ${error instanceof Error ? error.message : String(error)}`);
  }
}
