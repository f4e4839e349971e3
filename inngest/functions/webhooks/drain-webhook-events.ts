import "server-only";
import { inngest } from "@/inngest/client";
import { getDb } from "@/server/db";
import { inngestJobs } from "@/server/jobs/inngest-jobs";
import { publish } from "@/server/realtime/publish";
import { drainWebhookEvents } from "@/server/services/webhooks/drain-webhook-events";

/**
 * webhook/drain: every minute, applies stored webhooks that the process which answered them never
 * applied (it died in between) and failed ones due for another try. Each request applies its own
 * event right after answering; this is the safety net. Inngest schedules it once for the whole
 * deployment, however many app instances there are (and in the local demo, through the local
 * executor); overlapping runs share a backlog through FOR UPDATE SKIP LOCKED and never apply an
 * event twice.
 */
export const drainWebhooks = inngest.createFunction(
  { id: "webhook-drain", name: "webhook/drain", triggers: [{ cron: "* * * * *" }], retries: 2 },
  async ({ step }) =>
    step.run("apply-orphaned-webhooks", async () => {
      const { applied, failed } = await drainWebhookEvents(getDb(), { publish, jobs: inngestJobs });
      return { applied: applied.length, failed: failed.length };
    }),
);
