import "server-only";
import { can, canAny, Permission, SETTINGS_PERMISSIONS, type Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { canSeeConversation, canUseInbox, seesEveryConversation } from "@/server/auth/conversation-visibility";
import { parseChannel } from "./channels";

export type PresenceMember = { user_id: string; user_info: { id: string; name: string } };
export type ChannelAuthorization = { allowed: false } | { allowed: true; presence?: PresenceMember };

const DENIED: ChannelAuthorization = { allowed: false };

// Who may listen to which channel: the same rules as the tRPC procedures that read the same data.
export async function authorizeChannel(db: Db, actor: Actor, channelName: string): Promise<ChannelAuthorization> {
  const channel = parseChannel(channelName);
  if (!channel) return DENIED;
  switch (channel.kind) {
    case "conversation":
      return (await canSeeConversation(db, actor, channel.conversationId)) ? { allowed: true } : DENIED;
    case "presence":
      if (!(await canSeeConversation(db, actor, channel.conversationId))) return DENIED;
      return { allowed: true, presence: { user_id: actor.id, user_info: { id: actor.id, name: actor.name } } };
    case "inbox":
      return canUseInbox(actor) && channel.userId === actor.id ? { allowed: true } : DENIED;
    case "managers":
      return seesEveryConversation(actor) ? { allowed: true } : DENIED;
    case "settings":
      return canAny(actor, SETTINGS_PERMISSIONS) ? { allowed: true } : DENIED;
    case "campaigns":
      return can(actor, Permission.CAMPAIGNS) ? { allowed: true } : DENIED;
  }
}
