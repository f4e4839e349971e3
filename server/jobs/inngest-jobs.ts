import "server-only";
import { inngest } from "@/inngest/client";
import {
  campaignRunRequested,
  conversationSummaryRequested,
  messageBatchSendRequested,
  conversationWindowArmed,
  mediaDownloadRequested,
  messageSendRequested,
  templateStatusChanged,
  templateSubmitRequested,
  transcriptionRequested,
} from "@/inngest/events";
import {
  campaignResumeSendId,
  campaignRunId,
  conversationSummaryId,
  firstSendId,
  mediaDownloadId,
  requeueSendId,
  retrySendId,
  templateDecisionId,
  templateSubmitId,
  transcriptionId,
  windowExpiryId,
} from "./job-ids";
import type { Jobs } from "./jobs";

export type JobEvent =
  | ReturnType<typeof messageSendRequested.create>
  | ReturnType<typeof messageBatchSendRequested.create>
  | ReturnType<typeof conversationWindowArmed.create>
  | ReturnType<typeof mediaDownloadRequested.create>
  | ReturnType<typeof templateSubmitRequested.create>
  | ReturnType<typeof templateStatusChanged.create>
  | ReturnType<typeof transcriptionRequested.create>
  | ReturnType<typeof conversationSummaryRequested.create>
  | ReturnType<typeof campaignRunRequested.create>;

export type SendEvents = (events: JobEvent[]) => Promise<unknown>;

// `send` is the only thing that varies: Inngest's client here, a recorder or another client in tests.
export function createJobs(send: SendEvents): Jobs {
  const sendAll = async (events: JobEvent[]) => {
    if (events.length > 0) await send(events);
  };
  return {
    requestSends: (sends) =>
      sendAll(sends.map(({ messageId, channelId }) => messageBatchSendRequested.create({ messageId, channelId }, { id: firstSendId(messageId) }))),
    retrySend: (messageId, failedAt) => sendAll([messageSendRequested.create({ messageId }, { id: retrySendId(messageId, failedAt) })]),
    requeueSends: (messageIds, sweepWindow) =>
      sendAll(messageIds.map((messageId) => messageSendRequested.create({ messageId }, { id: requeueSendId(messageId, sweepWindow) }))),
    armWindowExpiries: (windows) =>
      sendAll(
        windows.map(({ conversationId, windowExpiresAt }) =>
          // ISO strings in UTC compare in time order: conversation/expire's cancelOn relies on it.
          conversationWindowArmed.create({ conversationId, windowExpiresAt: windowExpiresAt.toISOString() }, { id: windowExpiryId(conversationId, windowExpiresAt) }),
        ),
      ),
    requestMediaDownloads: (messageIds) => sendAll(messageIds.map((messageId) => mediaDownloadRequested.create({ messageId }, { id: mediaDownloadId(messageId) }))),
    submitTemplate: ({ templateId, submittedById, submittedAt }) =>
      sendAll([templateSubmitRequested.create({ templateId, submittedById }, { id: templateSubmitId(templateId, submittedAt) })]),
    notifyTemplateDecided: ({ templateId, status, decidedAt }) =>
      sendAll([templateStatusChanged.create({ templateId, status }, { id: templateDecisionId(templateId, status, decidedAt) })]),
    requestTranscription: (messageId) => sendAll([transcriptionRequested.create({ messageId }, { id: transcriptionId(messageId) })]),
    requestConversationSummary: ({ conversationId, trigger, requestedAt }) =>
      sendAll([conversationSummaryRequested.create({ conversationId, trigger }, { id: conversationSummaryId(conversationId, trigger, requestedAt) })]),
    runCampaign: ({ campaignId, requestedAt, runAt }) =>
      sendAll([campaignRunRequested.create({ campaignId, runAt: runAt ? runAt.toISOString() : null }, { id: campaignRunId(campaignId, requestedAt) })]),
    resumeSends: (messageIds, resumedAt) =>
      sendAll(messageIds.map((messageId) => messageSendRequested.create({ messageId }, { id: campaignResumeSendId(messageId, resumedAt) }))),
  };
}

export const inngestJobs: Jobs = createJobs((events) => inngest.send(events));
