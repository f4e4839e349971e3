import "server-only";
import { LeadEventType, MessageType } from "@/generated/prisma/client";
import type { RealtimeEvent } from "@/server/realtime/channels";
import { conversationPushes } from "@/server/realtime/conversation-pushes";
import { lastMessageLine } from "@/server/services/conversations/message-preview";
import { recordInboundMessages, type InboundSummary } from "@/server/services/conversations/record-inbound-messages";
import type { ConversationState } from "@/server/services/conversations/upsert-conversation";
import { brokerForLead } from "@/server/services/leads/broker-for-lead";
import type { ResolvedLead } from "@/server/services/leads/find-or-create-whatsapp-lead";
import { addPush, type ApplyContext } from "./apply-context";
import type { CreatedInbound } from "./apply-inbound-messages";
import type { InboundRow } from "./inbound-message-row";
import type { WebhookChannel } from "./load-channels";

export type Thread = { lead: ResolvedLead; conversation: ConversationState; rows: InboundRow[] };

// System notices (number changed…) are not the lead writing: no window, no unread badge.
const opensWindow = (m: CreatedInbound) => m.type !== MessageType.SYSTEM;
const countsAsUnread = (m: CreatedInbound) => opensWindow(m) && !(m.type === MessageType.REACTION && !m.body);

function summarize(created: CreatedInbound[], receivedAt: Date): InboundSummary {
  const at = (m: CreatedInbound) => m.metaTimestamp ?? receivedAt;
  // Stable sort: messages with the same second keep Meta's order.
  const ordered = [...created].sort((a, b) => at(a).getTime() - at(b).getTime());
  const latest = ordered[ordered.length - 1] as CreatedInbound;
  const lastOpening = ordered.filter(opensWindow).pop();
  return {
    latest: { at: at(latest), ...lastMessageLine(latest) },
    windowFrom: lastOpening ? at(lastOpening) : null,
    unread: created.filter(countsAsUnread).length,
  };
}

/** Counters, window, assignment, history and pushes for the messages a thread just received; each message's history entry goes to the webhook it arrived in (`arrivalOf`). */
export async function applyToConversation(
  ctx: ApplyContext,
  channel: WebhookChannel,
  thread: Thread,
  created: CreatedInbound[],
  arrivalOf: (message: CreatedInbound) => ApplyContext,
) {
  const { conversation, lead } = thread;
  const assigneeId = conversation.assigneeId ? null : await brokerForLead(ctx.tx, lead, ctx.leadEvents);
  const effect = await recordInboundMessages(ctx.tx, {
    conversation,
    summary: summarize(created, ctx.receivedAt),
    windowHours: channel.windowHours,
    assigneeId,
    now: ctx.receivedAt,
  });
  const base = { leadId: lead.id, conversationId: conversation.id };
  if (effect.reopened) ctx.leadEvents.push({ ...base, type: LeadEventType.CONVERSATION_REOPENED, data: { channelId: channel.id } });
  if (effect.assigned) ctx.leadEvents.push({ ...base, type: LeadEventType.CONVERSATION_ASSIGNED, data: { assigneeId } });
  for (const message of created) arrivalOf(message).leadEvents.push({ ...base, type: LeadEventType.MESSAGE_RECEIVED, messageId: message.id });
  if (effect.armedUntil) ctx.outcome.armedWindows.push({ conversationId: conversation.id, windowExpiresAt: effect.armedUntil });

  // Same fan-out as a broker's own send: the open chat, the assignee's list and the managers'.
  const assignee = { id: conversation.id, assigneeId: conversation.assigneeId ?? assigneeId };
  const events: RealtimeEvent[] = created.map((m) => ({ name: "message.created", data: { conversationId: conversation.id, messageId: m.id } }));
  events.push({ name: "conversation.updated", data: { conversationId: conversation.id } });
  for (const push of conversationPushes(assignee, events)) addPush(ctx.outcome, push.channel, push.event);
}
