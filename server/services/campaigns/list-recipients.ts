import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recipientReason } from "./recipient-reason";
import { recipientRowsSql, type RecipientRow } from "./recipient-rows";
import { RECIPIENTS_PAGE_SIZE, type RecipientsInput } from "./recipient-states";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A page of a campaign's recipients, filtered by derived status and by the lead's name or phone. */
export async function listCampaignRecipients(db: Db, input: RecipientsInput) {
  const exists = await db.campaign.count({ where: { id: input.campaignId } });
  if (!exists) throw new AppError("NOT_FOUND", "campaigns.notFound");
  const search = input.search ? `%${escapeLike(input.search)}%` : null;
  const digits = input.search?.replace(/\D/g, "") ?? "";
  const where = Prisma.sql`
    WHERE (${input.status ?? null}::text IS NULL OR rows.status = ${input.status ?? null}::text)
      AND (${search}::text IS NULL OR rows."leadName" ILIKE ${search}::text
           OR (${digits.length > 0} AND rows.phone LIKE ${`%${digits}%`}::text))`;
  const [items, [total]] = await Promise.all([
    db.$queryRaw<RecipientRow[]>(Prisma.sql`
      SELECT * FROM (${recipientRowsSql(input.campaignId)}) rows ${where}
      ORDER BY rows."leadName" NULLS LAST, rows.id
      LIMIT ${RECIPIENTS_PAGE_SIZE} OFFSET ${input.page * RECIPIENTS_PAGE_SIZE}`),
    db.$queryRaw<{ count: bigint }[]>(Prisma.sql`SELECT count(*) AS count FROM (${recipientRowsSql(input.campaignId)}) rows ${where}`),
  ]);
  return {
    total: Number(total?.count ?? 0),
    pageSize: RECIPIENTS_PAGE_SIZE,
    items: items.map((row) => ({
      id: row.id,
      leadId: row.leadId,
      leadName: row.leadName,
      phone: row.phone,
      status: row.status,
      reason: recipientReason(row),
      notBefore: row.notBefore,
      sentAt: row.sentAt,
      deliveredAt: row.deliveredAt,
      readAt: row.readAt,
      repliedAt: row.repliedAt,
    })),
  };
}
