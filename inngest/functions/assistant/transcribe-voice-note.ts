import "server-only";
import { inngest } from "@/inngest/client";
import { transcriptionRequested } from "@/inngest/events";
import { getDb } from "@/server/db";
import { createAssistantGateway } from "@/server/services/assistant/assistant-gateway";
import { markTranscriptFailed, transcribeVoiceNote } from "@/server/services/assistant/transcribe-voice-note";

/** message/transcribe: a downloaded voice note's words, through the channel's assistant. */
export const transcribeVoice = inngest.createFunction(
  {
    id: "message-transcribe",
    name: "message/transcribe",
    triggers: [transcriptionRequested],
    retries: 3,
    onFailure: async ({ event }) => {
      const messageId = (event.data.event.data as { messageId?: unknown }).messageId;
      if (typeof messageId === "string") await markTranscriptFailed(getDb(), messageId);
    },
  },
  async ({ event, step }) => {
    const db = getDb();
    const result = await step.run("transcribe", () => transcribeVoiceNote(db, event.data.messageId, { gateway: createAssistantGateway({ db }) }));
    return { messageId: event.data.messageId, result };
  },
);
