import "server-only";
import { listSendableTemplates } from "@/server/services/inbox/list-sendable-templates";
import { conversationIdInput } from "@/server/services/inbox/inbox-schemas";
import { inboxProcedure } from "./procedure";

export const templates = inboxProcedure.input(conversationIdInput).query(({ ctx, input }) => listSendableTemplates(ctx.db, ctx.actor, input.conversationId));
