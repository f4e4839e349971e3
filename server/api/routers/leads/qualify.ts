import "server-only";
import { z } from "zod";
import { extractQualification } from "@/server/services/assistant/extract-qualification";
import { leadsProcedure } from "./procedure";

// "Qualificar com IA": a proposal only; nothing is saved until saveQualification.
export const qualify = leadsProcedure
  .input(z.object({ leadId: z.string().min(1).max(64) }))
  .mutation(({ ctx, input }) => extractQualification(ctx.db, ctx.actor, input));
