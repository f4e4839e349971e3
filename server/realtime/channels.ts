// Pusher channel names; the auth endpoint (/api/pusher/auth) parses them back with `parseChannel`.
export const conversationChannel = (conversationId: string) => `private-conversation-${conversationId}`;
export const conversationPresenceChannel = (conversationId: string) => `presence-conversation-${conversationId}`;
export const inboxChannel = (userId: string) => `private-inbox-${userId}`;
// Everyone who may see every conversation (managers) listens here for list changes.
export const managersInboxChannel = "private-inbox-managers";
export const settingsChannel = "private-settings";
// Everyone with the Campanhas permission: progress of every campaign (pages refetch the one they show).
export const campaignsChannel = "private-campaigns";

export type ParsedChannel =
  | { kind: "conversation"; conversationId: string }
  | { kind: "presence"; conversationId: string }
  | { kind: "inbox"; userId: string }
  | { kind: "managers" }
  | { kind: "settings" }
  | { kind: "campaigns" };

export function parseChannel(name: string): ParsedChannel | null {
  if (name === managersInboxChannel) return { kind: "managers" };
  if (name === settingsChannel) return { kind: "settings" };
  if (name === campaignsChannel) return { kind: "campaigns" };
  const match = /^(private-conversation|presence-conversation|private-inbox)-([A-Za-z0-9_-]{1,64})$/.exec(name);
  if (!match?.[2]) return null;
  if (match[1] === "private-conversation") return { kind: "conversation", conversationId: match[2] };
  if (match[1] === "presence-conversation") return { kind: "presence", conversationId: match[2] };
  return { kind: "inbox", userId: match[2] };
}

// Events carry ids and small payloads; clients refetch details through tRPC.
export type RealtimeEvent =
  | { name: "message.created"; data: { conversationId: string; messageId: string } }
  | { name: "message.updated"; data: { conversationId: string; messageId: string; status: string } }
  | { name: "conversation.updated"; data: { conversationId: string } }
  | { name: "template.updated"; data: { templateId: string; channelId: string; status: string } }
  | { name: "notification.created"; data: { notificationId: string; kind: string } }
  | { name: "campaign.progress"; data: { campaignId: string } };

export type Push = { channel: string; event: RealtimeEvent };
