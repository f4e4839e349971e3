import "server-only";
import { z } from "zod";
import { setUserCommunication } from "@/server/services/users/set-communication";
import { usersProcedure } from "./procedure";

export const setCommunication = usersProcedure
  .input(z.object({ userId: z.string(), canCommunicate: z.boolean() }))
  .mutation(({ ctx, input }) => setUserCommunication(ctx.db, ctx.actor, input));
