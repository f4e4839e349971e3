import { z } from "zod";
import { Permission } from "@/server/auth/permissions";
import { permissionProcedure, router } from "@/server/api/trpc";
import { auditFilterOptions, listAudit } from "@/server/services/audit/list-audit";

const auditProcedure = permissionProcedure(Permission.AUDIT_VIEW);

const filter = z.object({
  actorId: z.string().optional(),
  entityType: z.string().max(60).optional(),
  action: z.string().max(120).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
});

export const auditRouter = router({
  list: auditProcedure
    .input(filter.extend({ cursor: z.object({ createdAt: z.date(), id: z.string() }).nullish(), limit: z.number().int().min(1).max(200).optional() }))
    .query(({ ctx, input: { cursor, limit, ...rest } }) => listAudit(ctx.db, rest, { cursor: cursor ?? undefined, limit })),
  filterOptions: auditProcedure.query(({ ctx }) => auditFilterOptions(ctx.db)),
});
