import "server-only";
import { router } from "@/server/api/trpc";
import { create } from "./create";
import { remove } from "./delete";
import { list } from "./list";
import { update } from "./update";

export const standardMessagesRouter = router({ list, create, update, delete: remove });
