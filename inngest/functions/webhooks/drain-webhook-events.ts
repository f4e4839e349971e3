import { inngest } from "@/inngest/client";
import { getDb } from "@/server/db";
import { inngestJobs } from "@/server/jobs/inngest-jobs";
import { publish } from "@/server/realtime/publish";
import { drainWebhookEvents } from "@/server/services/webhooks/drain-webhook-events";

/**
 * webhook/drain: every minute, applies stored webhooks that the process which answered them never
 * applied (it died in between) and failed ones due for another try. Each request applies its own
 * event right after answering; this is the safety net, so it runs in one place however many app
 * instances there are, and instances share a long backlog through FOR UPDATE SKIP LOCKED.
 */
export const drainWebhooks = inngest.createFunction(
  { id: "webhook-drain", name: "webhook/drain", triggers: [{ cron: "* * * * *" }], concurrency: { limit: 1 }, retries: 2 },
  async ({ step }) =>
    step.run("apply-orphaned-webhooks", async () => {
      const { applied, failed } = await drainWebhookEvents(getDb(), { publish, jobs: inngestJobs });
      return { applied: applied.length, failed: failed.length };
    }),
);
