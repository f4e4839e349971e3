import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { testDb } from "@/test/db";

const run = promisify(execFile);
const prisma = path.resolve("node_modules/prisma/build/index.js");

describe("migrations", () => {
  it("applied to an empty database, produce exactly schema.prisma (no drift)", async () => {
    // --exit-code: 0 = no difference, 2 = the migrations lag behind schema.prisma, 1 = the command
    // itself failed (seen once under full-suite load; its stderr is now printed): that is
    // retried, a difference never is.
    const diff = () => run("node", [prisma, "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"], {
      env: process.env,
    }).then(
      () => 0,
      (error: { code?: number; stdout?: string; stderr?: string }) => {
        if (error.code === 2) console.error(`Migration drift — run \`npm run db:migration -- <name>\`:\n${error.stdout}`);
        else console.error(`prisma migrate diff failed (${error.code}):\n${error.stderr}`);
        return error.code;
      },
    );
    let result = await diff();
    for (let attempt = 1; result === 1 && attempt < 3; attempt++) result = await diff();
    expect(result).toBe(0);
  });

  it("keep the overdue sweep's partial index on conversation starts, which schema.prisma cannot express and the drift check does not see", async () => {
    const rows = await testDb().$queryRaw<{ indexdef: string }[]>`SELECT indexdef FROM pg_indexes WHERE indexname = 'LeadEvent_conversationStarted_idx'`;
    expect(rows[0]?.indexdef).toMatch(/\("conversationId", "createdAt" DESC\) WHERE \(type = 'CONVERSATION_STARTED'/);
  });

  it("left the run's database fully migrated", async () => {
    const rows = await testDb().$queryRaw<{ pending: bigint }[]>`SELECT count(*) AS pending FROM "_prisma_migrations" WHERE finished_at IS NULL`;
    expect(Number(rows[0]?.pending)).toBe(0);
    const applied = await testDb().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations"`;
    expect(Number(applied[0]?.n)).toBeGreaterThan(0);
  });
});
