import "server-only";
import { inngest } from "@/inngest/client";
import { getDb } from "@/server/db";
import { expireOverdueConversations } from "@/server/services/conversations/expire-overdue-conversations";

/** conversation/expire-overdue: every 5 minutes, ends windows that passed with no sleeper to end them (every campaign conversation's). */
export const expireOverdue = inngest.createFunction(
  { id: "conversation-expire-overdue", name: "conversation/expire-overdue", triggers: [{ cron: "*/5 * * * *" }], retries: 2 },
  async ({ step }) => step.run("expire-overdue-windows", () => expireOverdueConversations(getDb())),
);
