import "server-only";
import { router } from "@/server/api/trpc";
import { filterOptions } from "./filter-options";
import { list } from "./list";

export const auditRouter = router({ list, filterOptions });
