import "server-only";
import { inngest } from "@/inngest/client";
import { conversationSummaryRequested } from "@/inngest/events";
import { getDb } from "@/server/db";
import { createAssistantGateway } from "@/server/services/assistant/assistant-gateway";
import { summarizeInBackground } from "@/server/services/assistant/summarize-conversation";

/** conversation/summarize: after a transfer or a close, the summary lands on the lead's history. */
export const summarizeConversation = inngest.createFunction(
  { id: "conversation-summarize", name: "conversation/summarize", triggers: [conversationSummaryRequested], retries: 2 },
  async ({ event, step }) => {
    const db = getDb();
    const { conversationId, trigger } = event.data;
    const result = await step.run("summarize", () => summarizeInBackground(db, { conversationId, trigger }, { gateway: createAssistantGateway({ db }) }));
    return { conversationId, result };
  },
);
