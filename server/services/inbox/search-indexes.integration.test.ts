import { describe, expect, it } from "vitest";
import { testDb } from "@/test/db";

// Each search reads its GIN indexes' whole pending lists; the migration keeps them short (256 kB).
describe("the search indexes' pending lists", () => {
  it("are flushed every 256 kB on every index a search reads", async () => {
    const rows = await testDb().$queryRaw<{ index: string; options: string[] | null }[]>`
      SELECT c.relname::text AS index, c.reloptions::text[] AS options
      FROM pg_class c JOIN pg_am a ON a.oid = c.relam
      WHERE a.amname = 'gin' AND c.relnamespace = current_schema()::regnamespace
      ORDER BY c.relname`;
    expect(rows.map((row) => row.index)).toEqual(["Lead_name_trgm_idx", "Lead_phoneE164_trgm_idx", "Message_bodySearch_idx", "Message_body_trgm_idx", "Message_transcript_trgm_idx"]);
    for (const row of rows) expect(row.options, row.index).toContain("gin_pending_list_limit=256");
  });
});
