import "server-only";
import { AppError } from "@/server/errors";
import { getQueue } from "@/server/services/queues/list-queues";
import { queueIdSchema } from "@/server/services/queues/queue-schemas";
import { queuesProcedure } from "./procedure";

export const get = queuesProcedure.input(queueIdSchema).query(async ({ ctx, input }) => {
  const queue = await getQueue(ctx.db, input.id);
  if (!queue) throw new AppError("NOT_FOUND", "queues.notFound");
  return queue;
});
