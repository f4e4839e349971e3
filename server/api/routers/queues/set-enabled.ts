import "server-only";
import { z } from "zod";
import { setQueueEnabled } from "@/server/services/queues/change-queue";
import { queueIdSchema } from "@/server/services/queues/queue-schemas";
import { queuesProcedure } from "./procedure";

export const setEnabled = queuesProcedure
  .input(queueIdSchema.extend({ enabled: z.boolean() }))
  .mutation(({ ctx, input }) => setQueueEnabled(ctx.db, ctx.actor, input));
