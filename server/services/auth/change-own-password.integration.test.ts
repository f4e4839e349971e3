import { describe, expect, it } from "vitest";
import { seedUser } from "@/prisma/seed/users";
import { loadSessionActor } from "@/server/auth/load-actor";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";
import { verifyPassword } from "./password";

const OLD = "cavalo correto bateria";
const NEW = "grampo azul de setembro";

describe("changing one's own password", () => {
  it("needs the current password and gives each policy refusal its own reason", async () => {
    const user = await seedUser(testDb(), { password: OLD, email: `joana.prado.${Date.now()}@teste.dev` });
    const api = callerFor(user);
    const refusal = (key: string) => ({ code: "BAD_REQUEST", cause: { key } });
    await expect(api.me.changePassword({ currentPassword: "errada-errada", newPassword: NEW })).rejects.toMatchObject(refusal("password.currentWrong"));
    await expect(api.me.changePassword({ currentPassword: OLD, newPassword: OLD })).rejects.toMatchObject(refusal("password.sameAsCurrent"));
    await expect(api.me.changePassword({ currentPassword: OLD, newPassword: "curta-demai" })).rejects.toMatchObject(refusal("password.tooShort"));
    await expect(api.me.changePassword({ currentPassword: OLD, newPassword: "joana.prado-2026" })).rejects.toMatchObject(refusal("password.containsEmail"));
    await expect(api.me.changePassword({ currentPassword: OLD, newPassword: "Password1234!" })).rejects.toMatchObject(refusal("password.common"));
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, OLD)).toBe(true);
    expect(stored.sessionVersion).toBe(0);
  });

  it("ends every other session; the new version (the re-issued session) goes on", async () => {
    const user = await seedUser(testDb(), { password: OLD });
    const elsewhere = callerFor(user);
    await expect(elsewhere.me.get()).resolves.toMatchObject({ id: user.id });
    await expect(callerFor(user).me.changePassword({ currentPassword: OLD, newPassword: NEW })).resolves.toEqual({ sessionRenewed: false });

    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.sessionVersion).toBe(1);
    expect(stored.passwordChangedAt).toBeInstanceOf(Date);
    expect(await verifyPassword(stored.passwordHash, NEW)).toBe(true);
    await expect(elsewhere.me.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await loadSessionActor(testDb(), { userId: user.id, sessionVersion: 0 })).toBeNull();
    await expect(callerFor({ id: user.id, sessionVersion: 1 }).me.get()).resolves.toMatchObject({ id: user.id, mustChangePassword: false });
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entityId: user.id, action: "user.password.changed" } });
    expect(audit.actorId).toBe(user.id);
    expect(JSON.stringify(audit.data)).not.toContain(NEW);
  });

  it("checks the current password under the login limits", async () => {
    const user = await seedUser(testDb(), { password: OLD });
    const api = callerFor(user, "192.0.2.44");
    for (let i = 0; i < 5; i++) await expect(api.me.changePassword({ currentPassword: `errada-${i}-errada`, newPassword: NEW })).rejects.toMatchObject({ cause: { key: "password.currentWrong" } });
    await expect(api.me.changePassword({ currentPassword: OLD, newPassword: NEW })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", cause: { key: "password.tooManyAttempts" } });
  });
});
