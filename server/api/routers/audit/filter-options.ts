import "server-only";
import { auditFilterOptions } from "@/server/services/audit/list-audit";
import { auditProcedure } from "./procedure";

export const filterOptions = auditProcedure.query(({ ctx }) => auditFilterOptions(ctx.db));
