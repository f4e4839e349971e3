import "server-only";
import { queueFormOptions } from "@/server/services/queues/list-queues";
import { queuesProcedure } from "./procedure";

export const formOptions = queuesProcedure.query(({ ctx }) => queueFormOptions(ctx.db));
