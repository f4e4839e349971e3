import "server-only";
// Inngest drops an event whose id it has already seen: each id below decides what counts as "the
// same request" for one job. Changing a string makes in-flight duplicates run twice, so
// job-ids.test.ts pins them.

/** The first send of a message: every path that queues a message asks with this id. */
export const firstSendId = (messageId: string) => `message-send-${messageId}`;

/** "Tentar novamente": one id per failure, so a double click is one resend and a later failure can retry again. */
export const retrySendId = (messageId: string, failedAt: Date) => `message-send-${messageId}-retry-${failedAt.getTime()}`;

/** The stuck-message sweep: a new id per sweep window, so Inngest does not drop it as a duplicate of the lost event. */
export const requeueSendId = (messageId: string, sweepWindow: number) => `message-send-${messageId}-requeue-${sweepWindow}`;

/** The same window end armed twice is one sleeper; a later end is a new one (which cancels the earlier). */
export const windowExpiryId = (conversationId: string, windowExpiresAt: Date) => `window-${conversationId}-${windowExpiresAt.getTime()}`;

export const mediaDownloadId = (messageId: string) => `media-download-${messageId}`;

/** One submission per claim (the claim's time), so a re-submission after a lost one is not dropped. */
export const templateSubmitId = (templateId: string, submittedAt: Date) => `template-submit-${templateId}-${submittedAt.getTime()}`;

/** A redelivered webhook for the same decision is the same event. */
export const templateDecisionId = (templateId: string, status: string, decidedAt?: Date) =>
  `template-status-${templateId}-${status}${decidedAt ? `-${decidedAt.getTime()}` : ""}`;

export const transcriptionId = (messageId: string) => `message-transcribe-${messageId}`;

/** One summary per transfer or close: a double click is one, a later transfer is another. */
export const conversationSummaryId = (conversationId: string, trigger: string, requestedAt: Date) =>
  `conversation-summary-${conversationId}-${trigger}-${requestedAt.getTime()}`;

/** One run per schedule or resume (its time): a double click is one run, a later resume another. */
export const campaignRunId = (campaignId: string, requestedAt: Date) => `campaign-run-${campaignId}-${requestedAt.getTime()}`;

/** A paused campaign's messages, queued but not sent, asked for again on its resume. */
export const campaignResumeSendId = (messageId: string, resumedAt: Date) => `message-send-${messageId}-resume-${resumedAt.getTime()}`;
