import "server-only";
import { eventType } from "inngest";
import { z } from "zod";

// Every background job starts from one of these events; payloads carry ids, never secrets.
export const messageSendRequested = eventType("comunicador/message.send-requested", {
  schema: z.object({ messageId: z.string() }),
});

// A just-queued message's first send: message/send-batch takes these in batches of one channel.
export const messageBatchSendRequested = eventType("comunicador/message.batch-send-requested", {
  schema: z.object({ messageId: z.string(), channelId: z.string() }),
});

export const templateSubmitRequested = eventType("comunicador/template.submit-requested", {
  schema: z.object({ templateId: z.string(), submittedById: z.string() }),
});

// Sent by the webhook when Meta decides a template; template/submit waits for it.
export const templateStatusChanged = eventType("comunicador/template.status-changed", {
  schema: z.object({ templateId: z.string(), status: z.string() }),
});

// Sent whenever a conversation's service window opens or is re-armed.
export const conversationWindowArmed = eventType("comunicador/conversation.window-armed", {
  schema: z.object({ conversationId: z.string(), windowExpiresAt: z.string() }),
});

export const mediaDownloadRequested = eventType("comunicador/media.download-requested", {
  schema: z.object({ messageId: z.string() }),
});

// Sent after a voice note's download, when its channel's assistant may transcribe it.
export const transcriptionRequested = eventType("comunicador/message.transcribe-requested", {
  schema: z.object({ messageId: z.string() }),
});

// Sent after a transfer or a close: the summary is written on the lead's history in the background.
export const conversationSummaryRequested = eventType("comunicador/conversation.summary-requested", {
  schema: z.object({ conversationId: z.string(), trigger: z.enum(["transfer", "close"]) }),
});

// A campaign scheduled or resumed: campaign/run sends it chunk by chunk from runAt (ISO, or now).
export const campaignRunRequested = eventType("comunicador/campaign.run-requested", {
  schema: z.object({ campaignId: z.string(), runAt: z.string().nullable() }),
});
