import "server-only";
import { listMaterials } from "@/server/services/inbox/list-materials";
import { conversationIdInput } from "@/server/services/inbox/inbox-schemas";
import { inboxProcedure } from "./procedure";

export const materials = inboxProcedure.input(conversationIdInput).query(({ ctx, input }) => listMaterials(ctx.db, ctx.actor, input.conversationId));
