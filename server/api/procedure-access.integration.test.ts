import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import type { ProcedureMeta } from "@/server/api/trpc";
import { ALL_PERMISSIONS } from "@/server/auth/permissions";
import { seedUser } from "@/prisma/seed/users";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";
import { uniqueSuffix } from "@/prisma/seed/unique";

// Procedures any signed-in user may call. Every other procedure must declare its permissions.
const OPEN_TO_SIGNED_IN = new Set(["me.get", "me.changePassword"]);
// All a session signed in with a one-time password may call: read who it is, replace the password.
const DURING_PASSWORD_CHANGE = new Set(["me.get", "me.changePassword"]);

type ProcedureDef = { _def: { meta?: ProcedureMeta } };
const procedures = Object.entries(appRouter._def.procedures).map(([path, p]: [string, unknown]) => [path, p as ProcedureDef] as const);

async function callProcedure(path: string, user: { id: string; sessionVersion?: number } | null) {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], callerFor(user));
  if (typeof fn !== "function") throw new Error(`${path} is not callable`);
  try {
    await fn({});
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : "ERROR";
  }
}

describe("every tRPC procedure checks access", () => {
  it.each(procedures)("%s declares who may call it", (path, procedure) => {
    const meta = procedure._def.meta;
    expect(Boolean(meta?.permissions?.length) || OPEN_TO_SIGNED_IN.has(path) || meta?.public).toBe(true);
  });

  it.each(procedures.filter(([, p]) => p._def.meta?.permissions?.length))(
    "%s is FORBIDDEN to a user holding every other permission",
    async (path, procedure) => {
      const required = new Set(procedure._def.meta?.permissions);
      const profile = await testDb().accessProfile.create({
        data: { name: `Sem ${path} ${uniqueSuffix()}`, permissions: ALL_PERMISSIONS.filter((p) => !required.has(p)) },
      });
      const user = await seedUser(testDb(), { accessProfileId: profile.id });
      expect(await callProcedure(path, user)).toBe("FORBIDDEN");
    },
  );

  it.each(procedures.filter(([, p]) => !p._def.meta?.public))("%s is UNAUTHORIZED without a session", async (path) => {
    expect(await callProcedure(path, null)).toBe("UNAUTHORIZED");
  });

  it.each(procedures.filter(([path]) => !DURING_PASSWORD_CHANGE.has(path)))(
    "%s is FORBIDDEN while a one-time password awaits its replacement",
    async (path) => {
      const user = await seedUser(testDb(), { profile: "admin" });
      await testDb().user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
      expect(await callProcedure(path, user)).toBe("FORBIDDEN");
    },
  );

  it("only me.get and me.changePassword answer during a password change", () => {
    const open = procedures.filter(([, p]) => p._def.meta?.duringPasswordChange).map(([path]) => path);
    expect(new Set(open)).toEqual(DURING_PASSWORD_CHANGE);
  });

  it("a session issued before the password changed is signed out", async () => {
    const user = await seedUser(testDb(), { profile: "admin" });
    await testDb().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await expect(callerFor({ id: user.id, sessionVersion: 0 }).me.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerFor({ id: user.id, sessionVersion: 1 }).me.get()).resolves.toMatchObject({ id: user.id });
  });

  it("a revoked permission bites on the very next call", async () => {
    const profile = await testDb().accessProfile.create({ data: { name: `Revogável ${uniqueSuffix()}`, permissions: ["USERS_MANAGE"] } });
    const user = await seedUser(testDb(), { accessProfileId: profile.id });
    await expect(callerFor(user).users.list({})).resolves.toBeInstanceOf(Array);
    await testDb().accessProfile.update({ where: { id: profile.id }, data: { permissions: [] } });
    await expect(callerFor(user).users.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a deactivated user is signed out at once", async () => {
    const user = await seedUser(testDb(), { profile: "admin" });
    await testDb().user.update({ where: { id: user.id }, data: { active: false } });
    await expect(callerFor(user).me.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
