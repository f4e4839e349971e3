import "server-only";
import { saveQualification as save } from "@/server/services/leads/save-qualification";
import { saveQualificationInput } from "@/server/services/leads/qualification-schemas";
import { leadsProcedure } from "./procedure";

export const saveQualification = leadsProcedure.input(saveQualificationInput).mutation(({ ctx, input }) => save(ctx.db, ctx.actor, input));
