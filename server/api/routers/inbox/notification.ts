import "server-only";
import { z } from "zod";
import { getNotification } from "@/server/services/inbox/get-notification";
import { inboxProcedure } from "./procedure";

export const notification = inboxProcedure
  .input(z.object({ notificationId: z.string().min(1).max(64) }))
  .query(({ ctx, input }) => getNotification(ctx.db, ctx.actor, input.notificationId));
