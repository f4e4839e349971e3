import "server-only";
import { createQueue } from "@/server/services/queues/save-queue";
import { queueInput } from "@/server/services/queues/queue-schemas";
import { queuesProcedure } from "./procedure";

export const create = queuesProcedure.input(queueInput).mutation(({ ctx, input }) => createQueue(ctx.db, ctx.actor, input));
