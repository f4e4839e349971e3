import "server-only";
import { z } from "zod";
import { listLeadEvents } from "@/server/services/leads/list-lead-events";
import { leadsProcedure } from "./procedure";

export const historyInput = z.object({
  leadId: z.string().min(1).max(64),
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(100).optional(),
});

export const history = leadsProcedure.input(historyInput).query(({ ctx, input }) => listLeadEvents(ctx.db, ctx.actor, input));
