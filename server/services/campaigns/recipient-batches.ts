import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { recipientRowsSql, type RecipientRow } from "./recipient-rows";

const BATCH = 1_000;

/** Every recipient of a campaign in batches (keyset on id), so an export never holds them all. */
export async function* recipientBatches(db: Db, campaignId: string): AsyncGenerator<RecipientRow[]> {
  let after = "";
  for (;;) {
    const rows = await db.$queryRaw<RecipientRow[]>(Prisma.sql`
      SELECT * FROM (${recipientRowsSql(campaignId)}) rows WHERE rows.id > ${after} ORDER BY rows.id LIMIT ${BATCH}`);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return;
    after = last.id;
  }
}
