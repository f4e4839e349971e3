import "server-only";
import type { InngestFunction } from "inngest";
import { purgeAssistantCallTexts } from "./functions/assistant/purge-call-texts";
import { summarizeConversation } from "./functions/assistant/summarize-conversation";
import { transcribeVoice } from "./functions/assistant/transcribe-voice-note";
import { runCampaign } from "./functions/campaigns/run-campaign";
import { checkChannelsHealth } from "./functions/channels/check-channel-health";
import { expireConversation } from "./functions/conversations/expire-conversation";
import { expireOverdue } from "./functions/conversations/expire-overdue-conversations";
import { downloadMedia } from "./functions/media/download-media";
import { requeueStuck } from "./functions/messages/requeue-stuck-messages";
import { sendMessage } from "./functions/messages/send-message";
import { sendMessageBatch } from "./functions/messages/send-message-batch";
import { submitTemplate } from "./functions/templates/submit-template";
import { drainWebhooks } from "./functions/webhooks/drain-webhook-events";

// Every function the app serves at /api/inngest.
export const functions: InngestFunction.Any[] = [sendMessage, sendMessageBatch, submitTemplate, expireConversation, expireOverdue, downloadMedia, checkChannelsHealth, requeueStuck, drainWebhooks, transcribeVoice, summarizeConversation, purgeAssistantCallTexts, runCampaign];
