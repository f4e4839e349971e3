import { describe, expect, it } from "vitest";
import { seedUser } from "@/prisma/seed/users";
import { seedProfile } from "@/prisma/seed/profiles";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { ALL_PERMISSIONS, Permission } from "@/server/auth/permissions";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";
import { translateError } from "@/server/i18n/translate-error";

const admin = () => seedUser(testDb(), { profile: "admin" });
const auditFor = (entityId: string) => testDb().auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

describe("access profiles", () => {
  it("creates, edits, clones and deletes a profile, auditing each change", async () => {
    const actor = await admin();
    const api = callerFor(actor);
    const name = `Plantão ${uniqueSuffix()}`;
    const created = await api.profiles.create({ name, description: "Fim de semana", permissions: [Permission.INBOX_USE, Permission.INBOX_USE] });
    expect((await api.profiles.get({ id: created.id })).permissions).toEqual([Permission.INBOX_USE]);

    await api.profiles.update({ id: created.id, name, description: "Fim de semana", permissions: [Permission.INBOX_USE, Permission.ACTIVE_SEND] });
    const clone = await api.profiles.clone({ id: created.id, name: `${name} (cópia)` });
    const cloned = await api.profiles.get({ id: clone.id });
    expect(cloned).toMatchObject({ isAdmin: false, description: "Fim de semana", userCount: 0 });
    expect(cloned.permissions.sort()).toEqual([Permission.ACTIVE_SEND, Permission.INBOX_USE]);

    await api.profiles.delete({ id: created.id });
    await expect(api.profiles.get({ id: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const trail = await auditFor(created.id);
    expect(trail.map((a) => a.action)).toEqual(["profile.created", "profile.updated", "profile.deleted"]);
    expect(trail.every((a) => a.actorId === actor.id)).toBe(true);
    expect(trail[1]?.data).toMatchObject({ name, added: [Permission.ACTIVE_SEND], removed: [] });
    expect((await auditFor(clone.id)).map((a) => a.action)).toEqual(["profile.cloned"]);
  });

  it("refuses a name already taken, whatever its case", async () => {
    const api = callerFor(await admin());
    const name = `Equipe ${uniqueSuffix()}`;
    await api.profiles.create({ name, permissions: [] });
    await expect(api.profiles.create({ name: name.toUpperCase(), permissions: [] })).rejects.toMatchObject({ code: "CONFLICT", cause: { key: "profiles.nameTaken" } });
  });

  it("keeps the Administrator profile read-only, undeletable and holding everything", async () => {
    const api = callerFor(await admin());
    const administrator = await seedProfile(testDb(), "admin");
    const listed = (await api.profiles.list()).find((p) => p.id === administrator.id);
    expect(listed).toMatchObject({ isAdmin: true });
    expect(listed?.permissions.sort()).toEqual([...ALL_PERMISSIONS].sort());
    await expect(api.profiles.update({ id: administrator.id, name: "Administrador", permissions: [] })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", cause: { key: "profiles.adminReadOnly" } });
    await expect(api.profiles.delete({ id: administrator.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", cause: { key: "profiles.adminUndeletable" } });
    const clone = await api.profiles.clone({ id: administrator.id, name: `Quase admin ${uniqueSuffix()}` });
    const cloned = await api.profiles.get({ id: clone.id });
    expect(cloned.isAdmin).toBe(false);
    expect(cloned.permissions.sort()).toEqual([...ALL_PERMISSIONS].sort());
  });

  it("refuses to delete a profile in use and says how many users hold it", async () => {
    const api = callerFor(await admin());
    const profile = await api.profiles.create({ name: `Em uso ${uniqueSuffix()}`, permissions: [Permission.INBOX_USE] });
    await seedUser(testDb(), { accessProfileId: profile.id });
    await seedUser(testDb(), { accessProfileId: profile.id });
    expect((await api.profiles.get({ id: profile.id })).userCount).toBe(2);
    await expect(api.profiles.delete({ id: profile.id })).rejects.toMatchObject({ code: "CONFLICT", cause: { key: "profiles.inUse", params: { count: 2 } } });
    expect(translateError("pt-BR", "profiles.inUse", { count: 2 })).toContain("em uso por 2 usuários");
    expect(await testDb().accessProfile.count({ where: { id: profile.id } })).toBe(1);
  });

  it("is open to a non-admin holding PROFILES_MANAGE and refused to the manager and the broker", async () => {
    const keeper = await testDb().accessProfile.create({ data: { name: `Guardião ${uniqueSuffix()}`, permissions: [Permission.PROFILES_MANAGE] } });
    const api = callerFor(await seedUser(testDb(), { accessProfileId: keeper.id }));
    await expect(api.profiles.create({ name: `Delegado ${uniqueSuffix()}`, permissions: [] })).resolves.toHaveProperty("id");
    for (const profile of ["manager", "broker"] as const) {
      const user = await seedUser(testDb(), { profile });
      await expect(callerFor(user).profiles.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(callerFor(user).profiles.create({ name: `Intruso ${uniqueSuffix()}`, permissions: [] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("lets a non-admin grant only the permissions their own profile holds", async () => {
    const keeper = await testDb().accessProfile.create({ data: { name: `Guardião ${uniqueSuffix()}`, permissions: [Permission.PROFILES_MANAGE, Permission.INBOX_USE] } });
    const api = callerFor(await seedUser(testDb(), { accessProfileId: keeper.id }));
    await expect(api.profiles.create({ name: `Escalada ${uniqueSuffix()}`, permissions: [Permission.USERS_MANAGE] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.profiles.update({ id: keeper.id, name: keeper.name, permissions: [...ALL_PERMISSIONS] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await testDb().accessProfile.findUniqueOrThrow({ where: { id: keeper.id } })).permissions).not.toContain(Permission.USERS_MANAGE);
    await expect(api.profiles.create({ name: `Permitido ${uniqueSuffix()}`, permissions: [Permission.INBOX_USE] })).resolves.toHaveProperty("id");
  });
});
