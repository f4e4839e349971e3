import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/server/db";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { seedProfile } from "@/prisma/seed/profiles";
import { seedUser } from "@/prisma/seed/users";
import { loadActor } from "@/server/auth/load-actor";
import { testDb } from "@/test/db";
import { callerFor } from "@/test/caller";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { AppError } from "@/server/errors";
import { setUserActive, setUserProfile } from "./update-user-access";

async function adminActor() {
  const admin = await seedUser(testDb(), { profile: "admin" });
  const actor = await loadActor(testDb(), admin.id);
  if (!actor) throw new Error("admin not loaded");
  return { admin, actor };
}

describe("communication flag", () => {
  it("toggles one user and records who did it", async () => {
    const { admin } = await adminActor();
    const broker = await seedUser(testDb(), { canCommunicate: true });
    await callerFor(admin).users.setCommunication({ userId: broker.id, canCommunicate: false });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: broker.id } })).canCommunicate).toBe(false);
    const audit = await testDb().auditLog.findFirst({ where: { entityId: broker.id, action: "user.communication.disabled" } });
    expect(audit?.actorId).toBe(admin.id);
  });

  it("changes every user matching a filter in bulk, counting them first", async () => {
    const { admin } = await adminActor();
    const team = `Equipe ${uniqueSuffix()}`;
    const members = await Promise.all([1, 2, 3].map((i) => seedUser(testDb(), { name: `${team} ${i}`, canCommunicate: true })));
    const outsider = await seedUser(testDb(), { canCommunicate: true });
    const api = callerFor(admin);
    const target = { filter: { search: team } };
    expect(await api.users.previewBulkCommunication({ target, canCommunicate: false })).toEqual({ count: 3 });
    expect(await api.users.setCommunicationInBulk({ target, canCommunicate: false })).toEqual({ changed: 3 });
    const after = await testDb().user.findMany({ where: { id: { in: [...members.map((m) => m.id), outsider.id] } } });
    expect(after.filter((u) => !u.canCommunicate).map((u) => u.id).sort()).toEqual(members.map((m) => m.id).sort());
    expect(await api.users.setCommunicationInBulk({ target: { userIds: members.map((m) => m.id) }, canCommunicate: true })).toEqual({ changed: 3 });
  });
});

describe("the last administrator", () => {
  // Its own database: "last" must mean last, whatever other test files seed meanwhile.
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase("comunicador_last_admin");
    db = createDb(database.url);
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it("cannot lose the Administrator profile nor be deactivated", async () => {
    const admin = await seedUser(db, { profile: "admin" });
    const actor = await loadActor(db, admin.id);
    if (!actor) throw new Error("admin not loaded");
    const broker = await seedProfile(db, "broker");
    await expect(setUserProfile(db, actor, { userId: admin.id, accessProfileId: broker.id })).rejects.toEqual(new AppError("PRECONDITION_FAILED", "users.lastAdmin"));
    await expect(setUserActive(db, actor, { userId: admin.id, active: false })).rejects.toEqual(new AppError("PRECONDITION_FAILED", "users.lastAdmin"));
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id }, include: { accessProfile: true } })).accessProfile.isAdmin).toBe(true);
    await seedUser(db, { profile: "admin" });
    await expect(setUserProfile(db, actor, { userId: admin.id, accessProfileId: broker.id })).resolves.toBeTruthy();
  });
});
