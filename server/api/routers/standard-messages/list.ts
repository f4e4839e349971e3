import "server-only";
import { listStandardMessages } from "@/server/services/standard-messages/list-standard-messages";
import { standardMessagesProcedure } from "./procedure";

export const list = standardMessagesProcedure.query(({ ctx }) => listStandardMessages(ctx.db, ctx.actor));
