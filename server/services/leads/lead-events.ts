import "server-only";
import type { Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

// Events are collected while a webhook is applied and written in one statement at the end.
export type LeadEventDraft = Omit<Prisma.LeadEventCreateManyInput, "id" | "createdAt">;

// One millisecond apart, in the order they happened, so the lead's timeline sorts them right.
export async function writeLeadEvents(tx: Tx, drafts: LeadEventDraft[], at: Date) {
  if (drafts.length === 0) return;
  const start = at.getTime();
  await tx.leadEvent.createMany({ data: drafts.map((draft, i) => ({ ...draft, createdAt: new Date(start + i) })) });
}
