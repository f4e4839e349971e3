import "server-only";
import { z } from "zod";
import { listConversations } from "@/server/services/inbox/list-conversations";
import { inboxProcedure } from "./procedure";

const listInput = z.object({
  scope: z.enum(["all", "mine", "queues", "unassigned"]).default("all"),
  channelId: z.string().max(64).optional(),
  state: z.enum(["open", "expired", "closed"]).optional(),
  closingSoon: z.boolean().optional(),
  search: z.string().trim().max(100).optional(),
  cursor: z.object({ lastMessageAt: z.date(), id: z.string().max(64) }).nullish(),
  limit: z.number().int().min(1).max(100).default(30),
});

export const list = inboxProcedure.input(listInput).query(({ ctx, input }) => listConversations(ctx.db, ctx.actor, input));
