import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertLeadVisible } from "./get-lead";
import { QUALIFICATION_FIELDS, saveQualificationInput, type QualificationField, type SaveQualificationInput } from "./qualification-schemas";

// Saves the qualification fields the broker confirmed or edited. Whoever may see the lead may
// qualify it (as for its other actions); the history records each change, from → to.

type Value = string | number | boolean | null;
/** One line of the LEAD_QUALIFIED event; the development of interest is stored by its name too. */
export type QualificationChange = { field: QualificationField; from: Value; to: Value; fromName?: string | null; toName?: string | null };

const select = {
  interest: true,
  interestDevelopmentId: true,
  bedrooms: true,
  budgetMin: true,
  budgetMax: true,
  financing: true,
  visitWanted: true,
  visitWhen: true,
  interestDevelopment: { select: { name: true } },
} as const;

export async function saveQualification(db: Db, actor: Actor, raw: SaveQualificationInput, now = new Date()) {
  const input = saveQualificationInput.parse(raw);
  await assertLeadVisible(db, actor, input.leadId);
  const current = await db.lead.findUniqueOrThrow({ where: { id: input.leadId }, select });

  const changes: QualificationChange[] = QUALIFICATION_FIELDS.flatMap((field) => {
    const to = input[field];
    const from = current[field];
    return to === undefined || to === from ? [] : [{ field, from, to }];
  });
  if (changes.length === 0) return { changed: false as const };

  const next = { ...current, ...Object.fromEntries(changes.map((c) => [c.field, c.to])) } as typeof current;
  if (next.budgetMin !== null && next.budgetMax !== null && next.budgetMin > next.budgetMax) throw new AppError("BAD_REQUEST", "leads.budgetRange");

  const development = changes.find((c) => c.field === "interestDevelopmentId");
  if (development) {
    const target = development.to ? await db.development.findUnique({ where: { id: String(development.to) }, select: { name: true } }) : null;
    if (development.to && !target) throw new AppError("BAD_REQUEST", "leads.developmentNotFound");
    development.fromName = current.interestDevelopment?.name ?? null;
    development.toName = target?.name ?? null;
  }

  const data: Prisma.LeadUncheckedUpdateInput = { ...Object.fromEntries(changes.map((c) => [c.field, c.to])), qualifiedAt: now };
  await db.$transaction([
    db.lead.update({ where: { id: input.leadId }, data, select: { id: true } }),
    db.leadEvent.create({
      data: { leadId: input.leadId, type: "LEAD_QUALIFIED", actorId: actor.id, data: { changes, source: input.source } as Prisma.InputJsonValue, createdAt: now },
    }),
  ]);
  return { changed: true as const, fields: changes.map((c) => c.field) };
}
