import "server-only";
import { inngestJobs } from "@/server/jobs/inngest-jobs";
import type { Jobs } from "@/server/jobs/jobs";
import type { ApplyOutcome } from "./apply-context";

// After the webhook's transaction commits, hand the background jobs their work. A failure here
// loses nothing for good: the expiry sweep and the template poll catch up, and the raw event is
// stored; so it is logged, not thrown.
export async function scheduleFollowUps(outcome: Pick<ApplyOutcome, "mediaMessageIds" | "armedWindows" | "templateDecisions">, jobs: Jobs = inngestJobs) {
  const results = await Promise.allSettled([
    jobs.requestMediaDownloads(outcome.mediaMessageIds),
    jobs.armWindowExpiries(outcome.armedWindows),
    ...outcome.templateDecisions.map((decision) => jobs.notifyTemplateDecided(decision)),
  ]);
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed.length > 0) {
    const reason = failed[0]?.reason;
    console.warn(`[webhook] ${failed.length} tarefa(s) em segundo plano não agendada(s): ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}
