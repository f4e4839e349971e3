import "server-only";
import { z } from "zod";
import { getLead } from "@/server/services/leads/get-lead";
import { leadsProcedure } from "./procedure";

export const get = leadsProcedure.input(z.object({ leadId: z.string().min(1).max(64) })).query(({ ctx, input }) => getLead(ctx.db, ctx.actor, input));
