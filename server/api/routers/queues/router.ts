import { z } from "zod";
import { Permission } from "@/server/auth/permissions";
import { permissionProcedure, router } from "@/server/api/trpc";
import { AppError } from "@/server/errors";
import { getQueue, listQueues, queueFormOptions } from "@/server/services/queues/list-queues";
import { createQueue, updateQueue } from "@/server/services/queues/save-queue";
import { deleteQueue, setQueueEnabled } from "@/server/services/queues/change-queue";
import { queueInput } from "@/server/services/queues/queue-input";

const queuesProcedure = permissionProcedure(Permission.QUEUES_MANAGE);
const byId = z.object({ id: z.string().min(1) });

export const queuesRouter = router({
  list: queuesProcedure.query(({ ctx }) => listQueues(ctx.db)),
  get: queuesProcedure.input(byId).query(async ({ ctx, input }) => {
    const queue = await getQueue(ctx.db, input.id);
    if (!queue) throw new AppError("NOT_FOUND", "queues.notFound");
    return queue;
  }),
  formOptions: queuesProcedure.query(({ ctx }) => queueFormOptions(ctx.db)),
  create: queuesProcedure.input(queueInput).mutation(({ ctx, input }) => createQueue(ctx.db, ctx.actor, input)),
  update: queuesProcedure.input(queueInput.extend(byId.shape)).mutation(({ ctx, input }) => updateQueue(ctx.db, ctx.actor, input)),
  setEnabled: queuesProcedure.input(byId.extend({ enabled: z.boolean() })).mutation(({ ctx, input }) => setQueueEnabled(ctx.db, ctx.actor, input)),
  delete: queuesProcedure.input(byId).mutation(({ ctx, input }) => deleteQueue(ctx.db, ctx.actor, input)),
});
