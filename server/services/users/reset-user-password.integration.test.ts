import { describe, expect, it } from "vitest";
import { seedProfile } from "@/prisma/seed/profiles";
import { seedUser } from "@/prisma/seed/users";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { Permission } from "@/server/auth/permissions";
import { verifyCredentials } from "@/server/services/auth/verify-credentials";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";

const limits = { maxFailures: 5, windowMinutes: 15, maxFailuresPerEmail: 20, maxFailuresPerIp: 50 };
const NEW = "grampo azul de setembro";
const admin = () => seedUser(testDb(), { profile: "admin" });

describe("an administrator resets a user's password", () => {
  it("returns a one-time password once, ends the user's sessions and audits it without the secret", async () => {
    const actor = await admin();
    const broker = await seedUser(testDb(), { profile: "broker" });
    const before = callerFor(broker);
    await expect(before.me.get()).resolves.toMatchObject({ id: broker.id });

    const { oneTimePassword } = await callerFor(actor).users.resetPassword({ userId: broker.id });
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await expect(before.me.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: broker.id } });
    expect(stored).toMatchObject({ mustChangePassword: true, sessionVersion: 1 });
    expect(stored.passwordHash).not.toContain(oneTimePassword);

    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entityId: broker.id, action: "user.password.reset" } });
    expect(audit.actorId).toBe(actor.id);
    expect(audit.data).toMatchObject({ chosenByAdmin: false });
    expect(JSON.stringify(audit.data)).not.toContain(oneTimePassword);
  });

  it("the one-time password signs in only to choose a new one", async () => {
    const broker = await seedUser(testDb(), { profile: "broker" });
    const { oneTimePassword } = await callerFor(await admin()).users.resetPassword({ userId: broker.id });
    const login = await verifyCredentials(testDb(), { email: broker.email, password: oneTimePassword }, limits);
    if (!login.ok) throw new Error("the one-time password should sign in");
    expect(login.user).toMatchObject({ mustChangePassword: true, sessionVersion: 1 });

    const session = callerFor({ id: broker.id, sessionVersion: login.user.sessionVersion });
    await expect(session.me.get()).resolves.toMatchObject({ mustChangePassword: true });
    await expect(session.inbox.list({})).rejects.toMatchObject({ code: "FORBIDDEN", cause: { key: "password.changeRequired" } });
    await expect(session.me.changePassword({ currentPassword: oneTimePassword, newPassword: NEW })).resolves.toEqual({ sessionRenewed: false });

    const renewed = callerFor({ id: broker.id, sessionVersion: login.user.sessionVersion + 1 });
    await expect(renewed.me.get()).resolves.toMatchObject({ mustChangePassword: false });
    await expect(renewed.inbox.list({})).resolves.toBeDefined();
  });

  it("a password the administrator chooses follows the policy and is one-time too", async () => {
    const api = callerFor(await admin());
    const broker = await seedUser(testDb(), { profile: "broker" });
    await expect(api.users.resetPassword({ userId: broker.id, password: "curta" })).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { key: "password.tooShort" } });
    await expect(api.users.resetPassword({ userId: broker.id, password: "senha123456789" })).rejects.toMatchObject({ cause: { key: "password.common" } });
    await expect(api.users.resetPassword({ userId: broker.id, password: NEW })).resolves.toEqual({ oneTimePassword: NEW });
    expect(await testDb().user.findUniqueOrThrow({ where: { id: broker.id } })).toMatchObject({ mustChangePassword: true });
  });

  it("is not a way into an administrator's account, nor a way to reset one's own", async () => {
    const profile = await testDb().accessProfile.create({ data: { name: `RH ${uniqueSuffix()}`, permissions: [Permission.USERS_MANAGE] } });
    const manager = await seedUser(testDb(), { accessProfileId: profile.id });
    const someAdmin = await admin();
    await expect(callerFor(manager).users.resetPassword({ userId: someAdmin.id })).rejects.toMatchObject({ code: "FORBIDDEN", cause: { key: "users.onlyAdminsManageAdmins" } });
    await expect(callerFor(manager).users.resetPassword({ userId: manager.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", cause: { key: "password.resetOwn" } });
    expect(await testDb().user.findUniqueOrThrow({ where: { id: someAdmin.id } })).toMatchObject({ mustChangePassword: false, sessionVersion: 0 });
  });
});

describe("a new user's initial password", () => {
  it("follows the policy and must be replaced at the first login", async () => {
    const api = callerFor(await admin());
    const broker = await seedProfile(testDb(), "broker");
    const email = `rita.moura.${uniqueSuffix()}@teste.dev`;
    const base = { name: "Rita Moura", email, accessProfileId: broker.id, canCommunicate: true };
    await expect(api.users.create({ ...base, password: "rita.moura-2026" })).rejects.toMatchObject({ cause: { key: "password.containsEmail" } });
    await expect(api.users.create({ ...base, password: "Corinthians2026" })).rejects.toMatchObject({ cause: { key: "password.common" } });
    const created = await api.users.create({ ...base, password: NEW });
    expect(await testDb().user.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ mustChangePassword: true });
  });
});
