import "server-only";
import { listQueues } from "@/server/services/queues/list-queues";
import { queuesProcedure } from "./procedure";

export const list = queuesProcedure.query(({ ctx }) => listQueues(ctx.db));
