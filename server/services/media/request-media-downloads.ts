import "server-only";
import { inngest } from "@/inngest/client";
import { mediaDownloadRequested } from "@/inngest/events";

/** After the webhook's transaction commits: one media/download run per inbound file (deduped by id). */
export async function requestMediaDownloads(messageIds: string[]): Promise<void> {
  if (messageIds.length === 0) return;
  await inngest.send(messageIds.map((messageId) => mediaDownloadRequested.create({ messageId }, { id: `media-download-${messageId}` })));
}
