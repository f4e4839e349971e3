import { Permission } from "@/server/auth/permissions";
import { permissionProcedure } from "@/server/api/trpc";
import { getConversation } from "@/server/services/inbox/get-conversation";
import { getLeadPanel } from "@/server/services/inbox/get-lead-panel";
import { listConversationEvents } from "@/server/services/inbox/list-messages";
import { listMaterials } from "@/server/services/inbox/list-materials";
import { listQuickReplies } from "@/server/services/inbox/list-quick-replies";
import { listSendableTemplates } from "@/server/services/inbox/list-sendable-templates";
import { listAssignableUsers } from "@/server/services/inbox/list-assignable-users";
import { getNotification } from "@/server/services/inbox/get-notification";
import { listInboxChannels } from "@/server/services/inbox/list-inbox-channels";
import { z } from "zod";
import { conversationIdInput } from "./inputs";

const inboxProcedure = permissionProcedure(Permission.INBOX_USE);
const byConversation = inboxProcedure.input(conversationIdInput);

export const conversationProcedure = byConversation.query(({ ctx, input }) => getConversation(ctx.db, ctx.actor, input.conversationId));
export const eventsProcedure = byConversation.query(({ ctx, input }) => listConversationEvents(ctx.db, ctx.actor, input.conversationId));
export const leadPanelProcedure = byConversation.query(({ ctx, input }) => getLeadPanel(ctx.db, ctx.actor, input.conversationId));
export const quickRepliesProcedure = byConversation.query(({ ctx, input }) => listQuickReplies(ctx.db, ctx.actor, input.conversationId));
export const materialsProcedure = byConversation.query(({ ctx, input }) => listMaterials(ctx.db, ctx.actor, input.conversationId));
export const templatesProcedure = byConversation.query(({ ctx, input }) => listSendableTemplates(ctx.db, ctx.actor, input.conversationId));
export const assignableUsersProcedure = inboxProcedure.query(({ ctx }) => listAssignableUsers(ctx.db));
export const notificationProcedure = inboxProcedure
  .input(z.object({ notificationId: z.string().min(1).max(64) }))
  .query(({ ctx, input }) => getNotification(ctx.db, ctx.actor, input.notificationId));
export const channelsProcedure = inboxProcedure.query(({ ctx }) => listInboxChannels(ctx.db));
