import "server-only";
import { inngest } from "@/inngest/client";
import { campaignRunRequested } from "@/inngest/events";
import { getDb } from "@/server/db";
import { defaultCampaignDeps } from "@/server/services/campaigns/campaign-deps";
import { runCampaignStep } from "@/server/services/campaigns/run-campaign-step";

// Each chunk is a step and a sleep; Inngest allows 1,000 steps per run. A longer campaign goes on in a fresh run.
const MAX_ROUNDS = 400;

/**
 * campaign/run: sends a campaign chunk by chunk (run-campaign-step.ts) with durable sleeps between
 * them — the chunk's time at the channel's rate, the night outside its sending hours, the day the
 * messaging tier frees room for held recipients — until it is done, paused or cancelled.
 * One run per campaign: a newer request (a resume, a repeated schedule) cancels the older run. The
 * local executor does not implement `concurrency`, and correctness does not rest on it anyway: each
 * chunk locks its recipients (FOR UPDATE SKIP LOCKED) and queues only those still QUEUED.
 */
export const runCampaign = inngest.createFunction(
  {
    id: "campaign-run",
    name: "campaign/run",
    triggers: [campaignRunRequested],
    cancelOn: [{ event: campaignRunRequested, if: "async.data.campaignId == event.data.campaignId" }],
    retries: 5,
  },
  async ({ event, step, attempt }) => {
    const { campaignId } = event.data;
    if (event.data.runAt && new Date(event.data.runAt).getTime() > Date.now()) await step.sleepUntil("wait-for-start", event.data.runAt);
    const totals = { queued: 0, refused: 0, held: 0 };
    for (let round = 0; round < MAX_ROUNDS; round++) {
      // attempt > 0: this step is being retried after an error.
      const outcome = await step.run("send-chunk", () => runCampaignStep(getDb(), campaignId, defaultCampaignDeps, new Date(), { retry: attempt > 0 }));
      if (outcome.kind !== "wait") return { ...totals, outcome: outcome.kind };
      totals.queued += outcome.queued;
      totals.refused += outcome.refused;
      totals.held += outcome.held;
      if (outcome.ms > 0) await step.sleep("wait-next-chunk", outcome.ms);
    }
    await step.run("continue-in-new-run", () => defaultCampaignDeps.jobs.runCampaign({ campaignId, requestedAt: new Date() }));
    return { ...totals, outcome: "continued" as const };
  },
);
