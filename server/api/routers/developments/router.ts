import "server-only";
import { router } from "@/server/api/trpc";
import { create } from "./create";
import { get } from "./get";
import { list } from "./list";
import { moveMedia } from "./move-media";
import { remove } from "./remove";
import { removeMedia } from "./remove-media";
import { renameMedia } from "./rename-media";
import { update } from "./update";

export const developmentsRouter = router({ list, get, create, update, remove, renameMedia, moveMedia, removeMedia });
