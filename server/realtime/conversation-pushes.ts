import "server-only";
import { conversationChannel, inboxChannel, managersInboxChannel, type Push, type RealtimeEvent } from "./channels";

/**
 * A conversation's change goes to everyone who shows it: the open chat, the assignee's list (and the
 * previous assignee's, after a transfer) and the managers' lists.
 */
export function conversationPushes(
  conversation: { id: string; assigneeId: string | null },
  events: RealtimeEvent[],
  alsoNotify: (string | null | undefined)[] = [],
): Push[] {
  const userIds = new Set([conversation.assigneeId, ...alsoNotify].filter((id): id is string => Boolean(id)));
  const channels = [conversationChannel(conversation.id), ...[...userIds].map(inboxChannel), managersInboxChannel];
  return channels.flatMap((channel) => events.map((event) => ({ channel, event })));
}
