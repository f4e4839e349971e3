import "server-only";
import type { Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

// Events are collected while a webhook is applied and written in one statement at the end.
export type LeadEventDraft = Omit<Prisma.LeadEventCreateManyInput, "id" | "createdAt">;

/**
 * Writes groups of events in one statement, each group's events one millisecond apart from its
 * `at`, in the order they happened, so the lead's timeline sorts them right.
 */
export async function writeLeadEvents(tx: Tx, groups: { drafts: LeadEventDraft[]; at: Date }[]) {
  const data = groups.flatMap(({ drafts, at }) => drafts.map((draft, i) => ({ ...draft, createdAt: new Date(at.getTime() + i) })));
  if (data.length > 0) await tx.leadEvent.createMany({ data });
}
