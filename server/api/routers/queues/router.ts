import "server-only";
import { router } from "@/server/api/trpc";
import { create } from "./create";
import { remove } from "./delete";
import { formOptions } from "./form-options";
import { get } from "./get";
import { list } from "./list";
import { setEnabled } from "./set-enabled";
import { update } from "./update";

export const queuesRouter = router({ list, get, formOptions, create, update, setEnabled, delete: remove });
