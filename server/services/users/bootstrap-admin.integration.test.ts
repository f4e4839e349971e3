import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/server/db";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { createCaller } from "@/server/api/root";
import { verifyCredentials } from "@/server/services/auth/verify-credentials";
import { ensureBuiltInProfile } from "@/server/services/profiles/built-in-profiles";
import { bootstrapAdmin } from "./bootstrap-admin";

const run = promisify(execFile);
const limits = { maxFailures: 5, windowMinutes: 15, maxFailuresPerEmail: 20, maxFailuresPerIp: 50 };
const NEW = "grampo azul de setembro";
// Each run of the command starts tsx and Prisma: seconds on a busy 2-core machine.
const CLI_TIMEOUT = { timeout: 120_000 };

// A production database: migrated, nothing seeded (no profile, no user).
let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase("comunicador_admin_create");
  db = createDb(database.url);
});
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const caller = (session: { userId: string; sessionVersion: number }) => createCaller({ db, session, locale: "pt-BR", clientAddress: null });

function adminCreate(args: string[], env: Record<string, string> = {}) {
  return run(path.resolve("node_modules/.bin/tsx"), ["--import", "./dev/server-only-outside-next.mjs", "server/cli/admin-create.ts", ...args], {
    env: { ...process.env, DATABASE_URL: database.url, ADMIN_INITIAL_PASSWORD: "", ...env },
  });
}

describe("npm run admin:create", () => {
  it("on an empty database creates the built-in profiles and an administrator who can sign in only to set a new password", async () => {
    expect(await db.accessProfile.count()).toBe(0);
    const { stdout } = await adminCreate(["--email", "Chefe@Empresa.com.br", "--name", "Chefe da Empresa"]);
    const oneTimePassword = /Senha de uso único: (\S+)/.exec(stdout)?.[1] ?? "";
    expect(stdout).toContain("Administrador criado: chefe@empresa.com.br");
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect((await db.accessProfile.findMany({ orderBy: { name: "asc" } })).map((p) => [p.name, p.isAdmin])).toEqual([
      ["Administrador", true],
      ["Corretor", false],
      ["Gestor", false],
    ]);

    const login = await verifyCredentials(db, { email: "chefe@empresa.com.br", password: oneTimePassword }, limits);
    if (!login.ok) throw new Error("the printed password should sign in");
    expect(login.user).toMatchObject({ name: "Chefe da Empresa", mustChangePassword: true });
    const session = caller({ userId: login.user.id, sessionVersion: login.user.sessionVersion });
    await expect(session.users.list({})).rejects.toMatchObject({ code: "FORBIDDEN", cause: { key: "password.changeRequired" } });
    await session.me.changePassword({ currentPassword: oneTimePassword, newPassword: NEW });
    const renewed = caller({ userId: login.user.id, sessionVersion: login.user.sessionVersion + 1 });
    await expect(renewed.me.get()).resolves.toMatchObject({ isAdmin: true, mustChangePassword: false });
    await expect(renewed.users.list({})).resolves.toHaveLength(1);
  }, CLI_TIMEOUT);

  it("takes the password from ADMIN_INITIAL_PASSWORD without printing it", async () => {
    const { stdout } = await adminCreate(["--email", "segunda@empresa.com.br"], { ADMIN_INITIAL_PASSWORD: "lua cheia sobre o mar" });
    expect(stdout).not.toContain("lua cheia sobre o mar");
    const login = await verifyCredentials(db, { email: "segunda@empresa.com.br", password: "lua cheia sobre o mar" }, limits);
    expect(login).toMatchObject({ ok: true, user: { mustChangePassword: true } });
  }, CLI_TIMEOUT);

  it("refuses a missing e-mail in pt-BR", async () => {
    await expect(adminCreate([])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("Informe o e-mail do administrador.") });
  }, CLI_TIMEOUT);

  it("refuses a malformed e-mail and a given password the policy refuses, creating nothing", async () => {
    await expect(bootstrapAdmin(db, { email: "não-é-email" })).rejects.toMatchObject({ key: "users.emailInvalid" });
    await expect(bootstrapAdmin(db, { email: "terceira@empresa.com.br", password: "senha12345678" })).rejects.toMatchObject({ key: "password.common" });
    await expect(bootstrapAdmin(db, { email: "terceira@empresa.com.br", password: "terceira-da-lista" })).rejects.toMatchObject({ key: "password.containsEmail" });
    expect(await db.user.count({ where: { email: "terceira@empresa.com.br" } })).toBe(0);
  });

  it("for an existing account: makes it an administrator again, active, with a one-time password, and ends its sessions", async () => {
    const broker = await ensureBuiltInProfile(db, "broker");
    const user = await db.user.create({
      data: { name: "Ex-admin", email: "volta@empresa.com.br", passwordHash: "x", accessProfileId: broker.id, active: false, sessionVersion: 4 },
    });
    const result = await bootstrapAdmin(db, { email: "VOLTA@empresa.com.br" });
    expect(result).toMatchObject({ created: false, generated: true, userId: user.id });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { accessProfile: true } });
    expect(stored).toMatchObject({ active: true, mustChangePassword: true, sessionVersion: 5, name: "Ex-admin", accessProfile: { isAdmin: true } });
    await expect(caller({ userId: user.id, sessionVersion: 4 }).me.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "user.password.reset", actorId: null } })).toBe(1);
  });
});
