import "server-only";
import { deleteQueue } from "@/server/services/queues/change-queue";
import { queueIdSchema } from "@/server/services/queues/queue-schemas";
import { queuesProcedure } from "./procedure";

// `delete` cannot name a binding; router.ts wires this as `delete`.
export const remove = queuesProcedure.input(queueIdSchema).mutation(({ ctx, input }) => deleteQueue(ctx.db, ctx.actor, input));
