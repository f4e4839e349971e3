import "server-only";
import { getMessage } from "@/server/services/inbox/list-messages";
import { messageRefInput } from "@/server/services/inbox/inbox-schemas";
import { inboxProcedure } from "./procedure";

export const message = inboxProcedure.input(messageRefInput).query(({ ctx, input }) => getMessage(ctx.db, ctx.actor, input));
