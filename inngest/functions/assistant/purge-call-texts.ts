import "server-only";
import { inngest } from "@/inngest/client";
import { getDb } from "@/server/db";
import { purgeCallTexts } from "@/server/services/assistant/purge-call-texts";

/** assistant/purge-call-texts: daily at 03:40 in São Paulo (06:40 UTC), drops what assistant calls sent once past retention. */
export const purgeAssistantCallTexts = inngest.createFunction(
  { id: "assistant-purge-call-texts", name: "assistant/purge-call-texts", triggers: [{ cron: "40 6 * * *" }], retries: 2 },
  async ({ step }) => step.run("purge-call-texts", () => purgeCallTexts(getDb())),
);
