import "server-only";
import { z } from "zod";
import { listLeads } from "@/server/services/leads/list-leads";
import { leadsProcedure } from "./procedure";

const reais = z.number().int().min(0).max(2_000_000_000).optional();

export const listInput = z
  .object({
    search: z.string().max(200).optional(),
    bedrooms: z.number().int().min(0).max(20).optional(),
    visitWanted: z.boolean().optional(),
    budgetFrom: reais,
    budgetTo: reais,
    financing: z.enum(["YES", "NO", "UNKNOWN"]).optional(),
    cursor: z.string().max(500).nullish(),
    limit: z.number().int().min(1).max(100).optional(),
  })
  // Only a hand-made call can invert the range: the list offers fixed brackets.
  .refine((input) => input.budgetFrom === undefined || input.budgetTo === undefined || input.budgetFrom <= input.budgetTo, { error: "budgetRangeInverted", path: ["budgetTo"] });

export const list = leadsProcedure.input(listInput).query(({ ctx, input }) => listLeads(ctx.db, ctx.actor, input));
