import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { FinancingIntent } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { formatPhoneBR } from "@/server/meta/phone";
import { visibleLeadsWhere } from "./lead-visibility";

export type ListLeadsInput = {
  search?: string;
  /** Qualification filters (saved by the broker from "Qualificar com IA"). */
  bedrooms?: number;
  visitWanted?: boolean;
  /** Whole reais: leads whose budget reaches into [budgetFrom, budgetTo] (either end open). */
  budgetFrom?: number;
  budgetTo?: number;
  financing?: FinancingIntent;
  cursor?: string | null;
  limit?: number;
};

// Keyset pagination on (name, id): stable while leads arrive, no OFFSET scans.
type Cursor = { n: string | null; i: string };

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

function decodeCursor(value: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    const { n, i } = parsed as Partial<Cursor>;
    if (typeof i === "string" && (typeof n === "string" || n === null)) return { n, i };
  } catch {
    // falls through to the error below
  }
  throw new AppError("BAD_REQUEST", "leads.invalidCursor");
}

function afterCursor({ n, i }: Cursor): Prisma.LeadWhereInput {
  // Names sort ascending with unnamed leads last, ties broken by id.
  if (n === null) return { name: null, id: { gt: i } };
  return { OR: [{ name: { gt: n } }, { name: n, id: { gt: i } }, { name: null }] };
}

export function leadSearchWhere(search: string | undefined): Prisma.LeadWhereInput {
  const text = search?.trim();
  if (!text) return {};
  const digits = text.replace(/\D/g, "");
  return {
    OR: [
      { name: { contains: text, mode: "insensitive" } },
      { email: { contains: text, mode: "insensitive" } },
      // phoneKey drops Brazil's 9th digit, so "11 8765-4321" finds +55 11 98765-4321 too.
      ...(digits.length >= 4 ? [{ phoneE164: { contains: digits } }, { phoneKey: { contains: digits } }] : []),
    ],
  };
}

// A lead's budget is a range the broker saved with either end possibly unknown ("até R$ 500 mil",
// "a partir de R$ 300 mil"); it matches when it overlaps the range asked for. A lead with no budget
// at all matches no budget filter.
function leadBudgetWhere({ budgetFrom, budgetTo }: Pick<ListLeadsInput, "budgetFrom" | "budgetTo">): Prisma.LeadWhereInput[] {
  if (budgetFrom === undefined && budgetTo === undefined) return [];
  return [
    { OR: [{ budgetMin: { not: null } }, { budgetMax: { not: null } }] },
    ...(budgetTo !== undefined ? [{ OR: [{ budgetMin: null }, { budgetMin: { lte: budgetTo } }] }] : []),
    ...(budgetFrom !== undefined ? [{ OR: [{ budgetMax: null }, { budgetMax: { gte: budgetFrom } }] }] : []),
  ];
}

export function leadQualificationWhere(input: Pick<ListLeadsInput, "bedrooms" | "visitWanted" | "budgetFrom" | "budgetTo" | "financing">): Prisma.LeadWhereInput {
  return {
    ...(input.bedrooms !== undefined ? { bedrooms: input.bedrooms } : {}),
    ...(input.visitWanted !== undefined ? { visitWanted: input.visitWanted } : {}),
    ...(input.financing !== undefined ? { financing: input.financing } : {}),
    AND: leadBudgetWhere(input),
  };
}

export async function listLeads(db: Db, actor: Actor, input: ListLeadsInput) {
  const limit = Math.min(Math.max(input.limit ?? 25, 1), 100);
  const rows = await db.lead.findMany({
    where: { AND: [visibleLeadsWhere(actor), leadSearchWhere(input.search), leadQualificationWhere(input), input.cursor ? afterCursor(decodeCursor(input.cursor)) : {}] },
    orderBy: [{ name: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: limit + 1,
    select: {
      id: true,
      name: true,
      email: true,
      phoneE164: true,
      createdAt: true,
      bedrooms: true,
      budgetMin: true,
      budgetMax: true,
      financing: true,
      visitWanted: true,
      owner: { select: { id: true, name: true } },
      developments: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      tags: { select: { id: true, name: true, color: true }, orderBy: { name: "asc" } },
      conversations: { select: { lastMessageAt: true }, orderBy: { lastMessageAt: "desc" }, take: 1 },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ conversations, ...lead }) => ({
      ...lead,
      phoneDisplay: lead.phoneE164 ? formatPhoneBR(lead.phoneE164) : null,
      lastInteractionAt: conversations[0]?.lastMessageAt ?? null,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor({ n: last.name, i: last.id }) : null,
  };
}
