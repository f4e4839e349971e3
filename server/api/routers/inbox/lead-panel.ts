import "server-only";
import { getLeadPanel } from "@/server/services/inbox/get-lead-panel";
import { conversationIdInput } from "@/server/services/inbox/inbox-schemas";
import { inboxProcedure } from "./procedure";

export const leadPanel = inboxProcedure.input(conversationIdInput).query(({ ctx, input }) => getLeadPanel(ctx.db, ctx.actor, input.conversationId));
