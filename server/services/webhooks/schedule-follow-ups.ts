import "server-only";
import { armWindowExpiries } from "@/server/services/conversations/arm-window-expiry";
import { requestMediaDownloads } from "@/server/services/media/request-media-downloads";
import { notifyTemplateDecided } from "@/server/services/templates-meta/notify-template-decided";
import type { ApplyOutcome } from "./apply-context";

// After the webhook's transaction commits, hand the background jobs their work. A failure here
// loses nothing for good: the expiry sweep and the template poll catch up, and the raw event is
// stored; so it is logged, not thrown.
export async function scheduleFollowUps(outcome: Pick<ApplyOutcome, "mediaMessageIds" | "armedWindows" | "templateDecisions">) {
  const results = await Promise.allSettled([
    requestMediaDownloads(outcome.mediaMessageIds),
    armWindowExpiries(outcome.armedWindows),
    ...outcome.templateDecisions.map((decision) => notifyTemplateDecided(decision.templateId, decision.status)),
  ]);
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed.length > 0) {
    const reason = failed[0]?.reason;
    console.warn(`[webhook] ${failed.length} tarefa(s) em segundo plano não agendada(s): ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}
