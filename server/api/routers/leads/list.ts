import "server-only";
import { z } from "zod";
import { listLeads } from "@/server/services/leads/list-leads";
import { leadsProcedure } from "./procedure";

export const listInput = z.object({
  search: z.string().max(200).optional(),
  bedrooms: z.number().int().min(0).max(20).optional(),
  visitWanted: z.boolean().optional(),
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(100).optional(),
});

export const list = leadsProcedure.input(listInput).query(({ ctx, input }) => listLeads(ctx.db, ctx.actor, input));
