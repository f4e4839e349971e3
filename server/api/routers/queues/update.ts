import "server-only";
import { updateQueue } from "@/server/services/queues/save-queue";
import { queueIdSchema, queueInput } from "@/server/services/queues/queue-schemas";
import { queuesProcedure } from "./procedure";

export const update = queuesProcedure.input(queueInput.extend(queueIdSchema.shape)).mutation(({ ctx, input }) => updateQueue(ctx.db, ctx.actor, input));
