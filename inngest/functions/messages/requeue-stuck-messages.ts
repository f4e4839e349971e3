import "server-only";
import { inngest } from "@/inngest/client";
import { getDb } from "@/server/db";
import { inngestJobs } from "@/server/jobs/inngest-jobs";
import { requeueStuckMessages } from "@/server/services/messages/requeue-stuck-messages";

/** message/requeue-stuck: every 10 minutes, re-asks for sends whose event never reached Inngest. */
export const requeueStuck = inngest.createFunction(
  { id: "message-requeue-stuck", name: "message/requeue-stuck", triggers: [{ cron: "*/10 * * * *" }], retries: 2 },
  async ({ step }) => step.run("requeue-stuck-messages", () => requeueStuckMessages(getDb(), inngestJobs)),
);
