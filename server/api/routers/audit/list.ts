import "server-only";
import { z } from "zod";
import { listAudit } from "@/server/services/audit/list-audit";
import { auditProcedure } from "./procedure";

const listInput = z.object({
  actorId: z.string().optional(),
  entityType: z.string().max(60).optional(),
  action: z.string().max(120).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
  cursor: z.object({ createdAt: z.date(), id: z.string() }).nullish(),
  limit: z.number().int().min(1).max(200).optional(),
});

export const list = auditProcedure
  .input(listInput)
  .query(({ ctx, input: { cursor, limit, ...rest } }) => listAudit(ctx.db, rest, { cursor: cursor ?? undefined, limit }));
