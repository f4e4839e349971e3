import "server-only";
import { z } from "zod";
import { clearMarketingOptOut as clear } from "@/server/services/leads/marketing-opt-out";
import { leadsProcedure } from "./procedure";

// Whoever sees the lead may clear it, once the lead wrote again (checked by the service).
export const clearMarketingOptOut = leadsProcedure
  .input(z.object({ leadId: z.string().min(1).max(64) }))
  .mutation(({ ctx, input }) => clear(ctx.db, ctx.actor, input));
