import "server-only";
import { inngest } from "@/inngest/client";
import { mediaDownloadRequested } from "@/inngest/events";
import { getDb } from "@/server/db";
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
    const result = await step.run("download-and-store", () => downloadInboundMedia(getDb(), event.data.messageId));
    return { messageId: event.data.messageId, result };
  },
);
