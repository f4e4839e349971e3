import "server-only";
import { router } from "@/server/api/trpc";
import { clone } from "./clone";
import { create } from "./create";
import { remove } from "./delete";
import { get } from "./get";
import { list } from "./list";
import { update } from "./update";

export const profilesRouter = router({ list, get, create, update, clone, delete: remove });
