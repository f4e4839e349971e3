import "server-only";
import { can, Permission, type Actor } from "@/server/auth/permissions";
import { seesEveryConversation } from "@/server/auth/conversation-visibility";

export type ReplyBlock = "noCommunication" | "channelDisabled" | null;
export type TemplateBlock = "receptiveChannel" | "noActiveSend" | "noCommunication" | "channelDisabled" | "noApprovedTemplate" | null;

type AbilityInput = {
  assigneeId: string | null;
  status: "OPEN" | "EXPIRED" | "CLOSED";
  channel: { enabled: boolean; mode: "ACTIVE" | "RECEPTIVE"; canStartConversations: boolean };
  approvedTemplates: number;
};

// What the actor may do in a conversation they can see. The window is left to the caller (it moves
// while the page is open); the services check everything again on each action.
export function conversationAbilities(actor: Actor, input: AbilityInput) {
  const manages = seesEveryConversation(actor);
  const isAssignee = input.assigneeId === actor.id;
  const replyBlockedBy: ReplyBlock = !actor.canCommunicate ? "noCommunication" : !input.channel.enabled ? "channelDisabled" : null;
  const templateBlockedBy: TemplateBlock =
    input.channel.mode !== "ACTIVE" || !input.channel.canStartConversations
      ? "receptiveChannel"
      : !can(actor, Permission.ACTIVE_SEND)
        ? "noActiveSend"
        : !actor.canCommunicate
          ? "noCommunication"
          : !input.channel.enabled
            ? "channelDisabled"
            : input.approvedTemplates === 0
              ? "noApprovedTemplate"
              : null;
  return {
    replyBlockedBy,
    templateBlockedBy,
    assign: manages,
    transfer: manages || isAssignee,
    close: (manages || isAssignee) && input.status !== "CLOSED",
    markRead: isAssignee || input.assigneeId === null,
  };
}

export type ConversationAbilities = ReturnType<typeof conversationAbilities>;

export function canChangeConversation(actor: Actor, assigneeId: string | null): boolean {
  return seesEveryConversation(actor) || assigneeId === actor.id;
}
