import "server-only";
import { campaignsChannel, conversationChannel, inboxChannel, managersInboxChannel, type Push } from "@/server/realtime/channels";
import type { LeadMessage } from "./campaign-lead-messages";

export const progressPush = (campaignId: string): Push => ({ channel: campaignsChannel, event: { name: "campaign.progress", data: { campaignId } } });

/**
 * A chunk's pushes, coalesced: the open chat of a conversation that already existed (nobody can
 * have a new one open), and one "refetch the list" per inbox touched, not one per conversation.
 */
export function chunkPushes(queued: LeadMessage[]): Push[] {
  const pushes: Push[] = [];
  const inboxes = new Map<string, string>();
  for (const q of queued) {
    const { conversationId, messageId } = q;
    if (!q.created) {
      pushes.push({ channel: conversationChannel(conversationId), event: { name: "message.created", data: { conversationId, messageId } } });
      pushes.push({ channel: conversationChannel(conversationId), event: { name: "conversation.updated", data: { conversationId } } });
    }
    for (const userId of [q.assigneeId, q.previousAssigneeId]) if (userId && !inboxes.has(userId)) inboxes.set(userId, conversationId);
  }
  for (const [userId, conversationId] of inboxes) pushes.push({ channel: inboxChannel(userId), event: { name: "conversation.updated", data: { conversationId } } });
  const first = queued[0];
  if (first) pushes.push({ channel: managersInboxChannel, event: { name: "conversation.updated", data: { conversationId: first.conversationId } } });
  return pushes;
}
