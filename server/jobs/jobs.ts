import "server-only";
// The one way services ask for background work. Each function owns its event and idempotency id
// (job-ids.ts), so two paths that mean the same request cannot drift apart. inngest-jobs.ts is
// the implementation; services take a `Jobs` so tests hand in one that records what was asked.

export type QueuedSend = { messageId: string; channelId: string };

export type ArmedWindow = { conversationId: string; windowExpiresAt: Date };

/** What asked for a conversation summary in the background (the lead's history says which). */
export type SummaryTrigger = "transfer" | "close";

export type Jobs = {
  /** message/send-batch for messages just queued (batched per channel); asking again for the same message is one send. */
  requestSends(sends: QueuedSend[]): Promise<void>;
  /** message/send again for a message that failed at `failedAt`. */
  retrySend(messageId: string, failedAt: Date): Promise<void>;
  /** message/send again for messages whose first event was lost, once per sweep window. */
  requeueSends(messageIds: string[], sweepWindow: number): Promise<void>;
  /** conversation/expire at each window's end; a later arm cancels the earlier sleeper. */
  armWindowExpiries(windows: ArmedWindow[]): Promise<void>;
  /** media/download for inbound files, whose Meta ids expire. */
  requestMediaDownloads(messageIds: string[]): Promise<void>;
  /** template/submit for a draft claimed at `submittedAt`. */
  submitTemplate(input: { templateId: string; submittedById: string; submittedAt: Date }): Promise<void>;
  /** Wakes the template/submit run waiting for Meta's decision. */
  notifyTemplateDecided(input: { templateId: string; status: string; decidedAt?: Date }): Promise<void>;
  /** message/transcribe for a voice note just downloaded; asking twice for one message is one transcription. */
  requestTranscription(messageId: string): Promise<void>;
  /** conversation/summarize after a transfer or a close at `requestedAt`. */
  requestConversationSummary(input: { conversationId: string; trigger: SummaryTrigger; requestedAt: Date }): Promise<void>;
  /** campaign/run from `runAt` (sleeping until then); one run per request time, one at a time per campaign. */
  runCampaign(input: { campaignId: string; requestedAt: Date; runAt?: Date | null }): Promise<void>;
  /** message/send for a resumed campaign's messages that were queued but held while it was paused. */
  resumeSends(messageIds: string[], resumedAt: Date): Promise<void>;
};
