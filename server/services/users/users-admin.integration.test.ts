import { describe, expect, it } from "vitest";
import { seedProfile } from "@/prisma/seed/profiles";
import { seedUser } from "@/prisma/seed/users";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { Permission } from "@/server/auth/permissions";
import { verifyPassword } from "@/server/services/auth/password";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";

const admin = () => seedUser(testDb(), { profile: "admin" });

// A non-admin who manages users: USERS_MANAGE alone.
async function userManager() {
  const profile = await testDb().accessProfile.create({ data: { name: `RH ${uniqueSuffix()}`, permissions: [Permission.USERS_MANAGE] } });
  return seedUser(testDb(), { accessProfileId: profile.id });
}

describe("creating users", () => {
  it("stores a hashed password, a lower-case e-mail and audits it", async () => {
    const actor = await admin();
    const broker = await seedProfile(testDb(), "broker");
    const email = `Nova.Corretora.${uniqueSuffix()}@Teste.dev`;
    const created = await callerFor(actor).users.create({ name: " Nova Corretora ", email, password: "segredo-forte", accessProfileId: broker.id, canCommunicate: false });
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ name: "Nova Corretora", email: email.toLowerCase(), canCommunicate: false, active: true, accessProfileId: broker.id });
    expect(stored.passwordHash).not.toContain("segredo-forte");
    expect(await verifyPassword(stored.passwordHash, "segredo-forte")).toBe(true);
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "user.created" } });
    expect(audit.actorId).toBe(actor.id);
    expect(JSON.stringify(audit.data)).not.toContain("segredo-forte");
  });

  it("refuses a taken e-mail and a password shorter than 12 characters", async () => {
    const api = callerFor(await admin());
    const broker = await seedProfile(testDb(), "broker");
    const existing = await seedUser(testDb());
    const base = { name: "Repetida", accessProfileId: broker.id, canCommunicate: true };
    await expect(api.users.create({ ...base, email: existing.email.toUpperCase(), password: "cavalo correto bateria" })).rejects.toMatchObject({ code: "CONFLICT", cause: { key: "users.emailTaken" } });
    await expect(api.users.create({ ...base, email: `curta-${uniqueSuffix()}@teste.dev`, password: "senha-curta" })).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { key: "password.tooShort" } });
  });
});

describe("listing users", () => {
  it("pages through a filter with a cursor and counts the matches", async () => {
    const api = callerFor(await admin());
    const team = `Time ${uniqueSuffix()}`;
    for (const i of [1, 2, 3, 4, 5]) await seedUser(testDb(), { name: `${team} ${i}`, canCommunicate: i % 2 === 0, active: i !== 5 });
    const first = await api.users.list({ search: team, limit: 2 });
    const second = await api.users.list({ search: team, limit: 2, cursor: first.at(-1)?.id });
    const third = await api.users.list({ search: team, limit: 2, cursor: second.at(-1)?.id });
    expect([...first, ...second, ...third].map((u) => u.name)).toEqual([1, 2, 3, 4, 5].map((i) => `${team} ${i}`));
    expect(await api.users.count({ search: team })).toBe(5);
    expect(await api.users.count({ search: team, canCommunicate: true })).toBe(2);
    expect(await api.users.count({ search: team, active: false })).toBe(1);
  });
});

describe("administration stays with administrators", () => {
  it("a user manager cannot grant, remove or deactivate the Administrator profile", async () => {
    const api = callerFor(await userManager());
    const administrator = await seedProfile(testDb(), "admin");
    const broker = await seedProfile(testDb(), "broker");
    const someBroker = await seedUser(testDb());
    const someAdmin = await admin();
    const refused = { code: "FORBIDDEN", cause: { key: "users.onlyAdminsManageAdmins" } };
    await expect(api.users.setProfile({ userId: someBroker.id, accessProfileId: administrator.id })).rejects.toMatchObject(refused);
    await expect(api.users.setProfile({ userId: someAdmin.id, accessProfileId: broker.id })).rejects.toMatchObject(refused);
    await expect(api.users.setActive({ userId: someAdmin.id, active: false })).rejects.toMatchObject(refused);
    await expect(
      api.users.create({ name: "Golpe", email: `golpe-${uniqueSuffix()}@teste.dev`, password: "cavalo correto bateria", accessProfileId: administrator.id, canCommunicate: true }),
    ).rejects.toMatchObject(refused);
    // Ordinary users remain theirs to manage.
    await expect(api.users.setActive({ userId: someBroker.id, active: false })).resolves.toEqual({ id: someBroker.id });
    await expect(api.users.setActive({ userId: someBroker.id, active: true })).resolves.toEqual({ id: someBroker.id });
  });

  // The same rule as editing a profile (assert-can-grant): assigning one grants everything it holds.
  it("a user manager assigns only profiles within their own permissions, to others and to themselves", async () => {
    const hr = await testDb().accessProfile.create({
      data: { name: `RH corretor ${uniqueSuffix()}`, permissions: [Permission.USERS_MANAGE, Permission.INBOX_USE, Permission.ACTIVE_SEND] },
    });
    const manager = await seedUser(testDb(), { accessProfileId: hr.id });
    const api = callerFor(manager);
    const gestor = await seedProfile(testDb(), "manager");
    const broker = await seedProfile(testDb(), "broker");
    const adminClone = await callerFor(await admin()).profiles.clone({ id: (await seedProfile(testDb(), "admin")).id, name: `Quase admin ${uniqueSuffix()}` });
    const someBroker = await seedUser(testDb());
    const beyond = { code: "FORBIDDEN", cause: { key: "profiles.cannotGrantPermission" } };
    const newUser = (accessProfileId: string) => ({ name: "Nova", email: `nova-${uniqueSuffix()}@teste.dev`, password: "Quadro-Verde-2931", accessProfileId, canCommunicate: true });

    await expect(api.users.setProfile({ userId: manager.id, accessProfileId: gestor.id })).rejects.toMatchObject(beyond);
    await expect(api.users.setProfile({ userId: manager.id, accessProfileId: adminClone.id })).rejects.toMatchObject(beyond);
    await expect(api.users.setProfile({ userId: someBroker.id, accessProfileId: gestor.id })).rejects.toMatchObject(beyond);
    await expect(api.users.create(newUser(gestor.id))).rejects.toMatchObject(beyond);
    await expect(api.users.create(newUser(adminClone.id))).rejects.toMatchObject(beyond);
    const unchanged = await testDb().user.findMany({ where: { id: { in: [manager.id, someBroker.id] } }, select: { accessProfileId: true } });
    expect(unchanged.map((u) => u.accessProfileId).sort()).toEqual([hr.id, broker.id].sort());

    // Within their own permissions the manager still does the job.
    const created = await api.users.create(newUser(broker.id));
    expect((await testDb().user.findUniqueOrThrow({ where: { id: created.id } })).accessProfileId).toBe(broker.id);
    const inboxOnly = await testDb().accessProfile.create({ data: { name: `Só inbox ${uniqueSuffix()}`, permissions: [Permission.INBOX_USE] } });
    await expect(api.users.setProfile({ userId: someBroker.id, accessProfileId: inboxOnly.id })).resolves.toEqual({ id: someBroker.id });
  });

  it("a user manager cannot change the profile of a user who holds more than they do", async () => {
    const hr = await testDb().accessProfile.create({ data: { name: `RH ${uniqueSuffix()}`, permissions: [Permission.USERS_MANAGE, Permission.INBOX_USE] } });
    const api = callerFor(await seedUser(testDb(), { accessProfileId: hr.id }));
    const someGestor = await seedUser(testDb(), { profile: "manager" });
    const inboxOnly = await testDb().accessProfile.create({ data: { name: `Só inbox ${uniqueSuffix()}`, permissions: [Permission.INBOX_USE] } });
    await expect(api.users.setProfile({ userId: someGestor.id, accessProfileId: inboxOnly.id })).rejects.toMatchObject({ code: "FORBIDDEN", cause: { key: "users.cannotChangeUserAboveYou" } });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: someGestor.id } })).accessProfileId).toBe(someGestor.accessProfileId);
    // Nor take over their account with a password of the user manager's choosing.
    await expect(api.users.resetPassword({ userId: someGestor.id, password: "uma senha bem longa e nova" })).rejects.toMatchObject({ code: "FORBIDDEN", cause: { key: "users.cannotChangeUserAboveYou" } });
    expect(await testDb().user.findUniqueOrThrow({ where: { id: someGestor.id } })).toMatchObject({ passwordHash: someGestor.passwordHash, mustChangePassword: false });
    // An administrator may.
    await expect(callerFor(await admin()).users.setProfile({ userId: someGestor.id, accessProfileId: inboxOnly.id })).resolves.toEqual({ id: someGestor.id });
  });

  it("a user manager resets the password of a user who holds no more than they do", async () => {
    const hr = await testDb().accessProfile.create({ data: { name: `RH ${uniqueSuffix()}`, permissions: [Permission.USERS_MANAGE, Permission.INBOX_USE] } });
    const api = callerFor(await seedUser(testDb(), { accessProfileId: hr.id }));
    const inboxOnly = await testDb().accessProfile.create({ data: { name: `Só inbox ${uniqueSuffix()}`, permissions: [Permission.INBOX_USE] } });
    const someone = await seedUser(testDb(), { accessProfileId: inboxOnly.id });
    await expect(api.users.resetPassword({ userId: someone.id })).resolves.toMatchObject({ oneTimePassword: expect.any(String) });
  });

  it("nobody deactivates their own account", async () => {
    const actor = await admin();
    await admin();
    await expect(callerFor(actor).users.setActive({ userId: actor.id, active: false })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", cause: { key: "users.cannotDeactivateSelf" } });
  });

  it("deactivation and reactivation are audited with the user's name", async () => {
    const actor = await admin();
    const broker = await seedUser(testDb(), { name: `Saindo ${uniqueSuffix()}` });
    await callerFor(actor).users.setActive({ userId: broker.id, active: false });
    await callerFor(actor).users.setActive({ userId: broker.id, active: true });
    const trail = await testDb().auditLog.findMany({ where: { entityId: broker.id }, orderBy: { createdAt: "asc" } });
    expect(trail.map((a) => [a.action, a.data])).toEqual([
      ["user.deactivated", { name: broker.name }],
      ["user.activated", { name: broker.name }],
    ]);
  });

  it("the manager and the broker are refused every user procedure", async () => {
    for (const profile of ["manager", "broker"] as const) {
      const api = callerFor(await seedUser(testDb(), { profile }));
      await expect(api.users.count({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(api.users.setCommunicationInBulk({ target: { filter: {} }, canCommunicate: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
