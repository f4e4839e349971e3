import { describe, expect, it } from "vitest";
import { seedUser } from "@/prisma/seed/users";
import { testDb } from "@/test/db";
import { verifyCredentials } from "./verify-credentials";

const limits = { maxFailures: 3, windowMinutes: 15 };

describe("verifyCredentials", () => {
  it("accepts the right password, case-insensitively on the e-mail", async () => {
    const user = await seedUser(testDb(), { password: "senha-forte-1" });
    const result = await verifyCredentials(testDb(), { email: user.email.toUpperCase(), password: "senha-forte-1" }, limits);
    expect(result).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("refuses a wrong password, an unknown e-mail and an inactive user alike", async () => {
    const user = await seedUser(testDb(), { password: "senha-forte-1" });
    const inactive = await seedUser(testDb(), { password: "senha-forte-1", active: false });
    expect(await verifyCredentials(testDb(), { email: user.email, password: "errada" }, limits)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(testDb(), { email: "ninguem@example.com", password: "x" }, limits)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(testDb(), { email: inactive.email, password: "senha-forte-1" }, limits)).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an e-mail out after repeated failures, even with the right password", async () => {
    const user = await seedUser(testDb(), { password: "senha-forte-1" });
    for (let i = 0; i < limits.maxFailures; i++) await verifyCredentials(testDb(), { email: user.email, password: "errada" }, limits);
    expect(await verifyCredentials(testDb(), { email: user.email, password: "senha-forte-1" }, limits)).toEqual({ ok: false, reason: "rate_limited" });
  });
});
