import "server-only";
import { inngest } from "@/inngest/client";
import { mediaDownloadRequested } from "@/inngest/events";
import { getDb } from "@/server/db";
import { inngestJobs } from "@/server/jobs/inngest-jobs";
import { createAssistantGateway } from "@/server/services/assistant/assistant-gateway";
import { requestVoiceTranscription } from "@/server/services/assistant/transcribe-voice-note";
import { downloadInboundMedia, markMediaFailed } from "@/server/services/media/download-inbound-media";

/** media/download: keeps an inbound file before Meta's 7-day media id expires. */
export const downloadMedia = inngest.createFunction(
  {
    id: "media-download",
    name: "media/download",
    triggers: [mediaDownloadRequested],
    retries: 8,
    onFailure: async ({ event }) => {
      const messageId = (event.data.event.data as { messageId?: unknown }).messageId;
      if (typeof messageId === "string") await markMediaFailed(getDb(), messageId);
    },
  },
  async ({ event, step }) => {
    const { messageId } = event.data;
    const result = await step.run("download-and-store", () => downloadInboundMedia(getDb(), messageId));
    // A voice note is transcribed by its own job: a failed transcription must not mark the audio FAILED.
    if (result === "stored") {
      const db = getDb();
      await step.run("request-transcription", () => requestVoiceTranscription(db, messageId, { jobs: inngestJobs, gateway: createAssistantGateway({ db }) }));
    }
    return { messageId, result };
  },
);
