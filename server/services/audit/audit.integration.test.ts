import { describe, expect, it } from "vitest";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { solidPng } from "@/prisma/seed/sample-files";
import { seedUser } from "@/prisma/seed/users";
import { loadActor } from "@/server/auth/load-actor";
import { uploadMedia } from "@/server/services/developments/upload-media";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";

const at = (iso: string) => new Date(iso);

// Entries of an entity type of this test's own, so parallel test files never show up in its pages.
async function seedTrail(actorIds: string[]) {
  const entityType = `Teste${uniqueSuffix()}`;
  const times = ["2026-01-10T12:00:00Z", "2026-01-10T12:00:00Z", "2026-01-10T12:00:00Z", "2026-01-11T09:00:00Z", "2026-01-12T18:30:00Z"];
  for (const [i, createdAt] of times.entries()) {
    await testDb().auditLog.create({
      data: { actorId: actorIds[i % actorIds.length] ?? null, action: i % 2 ? "thing.updated" : "thing.created", entityType, entityId: `e${i}`, data: { name: `Coisa ${i}` }, createdAt: at(createdAt) },
    });
  }
  return entityType;
}

describe("audit log", () => {
  it("pages newest first with a (createdAt, id) cursor, without gaps or repeats, even on equal times", async () => {
    const admin = await seedUser(testDb(), { profile: "admin" });
    const entityType = await seedTrail([admin.id]);
    const api = callerFor(admin);
    const seen: string[] = [];
    let cursor: { createdAt: Date; id: string } | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof api.audit.list>> = await api.audit.list({ entityType, limit: 2, cursor });
      seen.push(...page.items.map((i) => i.entityId ?? ""));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.slice(0, 2)).toEqual(["e4", "e3"]);
    expect([...seen].sort()).toEqual(["e0", "e1", "e2", "e3", "e4"]);
  });

  it("filters by actor, action and date range, and names each entry's target", async () => {
    const admin = await seedUser(testDb(), { profile: "admin" });
    const other = await seedUser(testDb(), { profile: "admin" });
    const entityType = await seedTrail([admin.id, other.id]);
    const api = callerFor(admin);
    const ids = async (filter: Parameters<typeof api.audit.list>[0]) => (await api.audit.list({ entityType, ...filter })).items.map((i) => i.entityId).sort();
    expect(await ids({ actorId: other.id })).toEqual(["e1", "e3"]);
    expect(await ids({ action: "thing.updated" })).toEqual(["e1", "e3"]);
    expect(await ids({ from: at("2026-01-11T00:00:00Z"), to: at("2026-01-12T00:00:00Z") })).toEqual(["e3"]);
    const [newest] = (await api.audit.list({ entityType, limit: 1 })).items;
    expect(newest).toMatchObject({ targetName: "Coisa 4", actor: { id: admin.id, name: admin.name } });
    const options = await api.audit.filterOptions();
    expect(options.actions).toEqual(expect.arrayContaining([{ entityType, action: "thing.created" }, { entityType, action: "thing.updated" }]));
    expect(options.actors.map((a) => a.id)).toEqual(expect.arrayContaining([admin.id, other.id]));
  });

  it("names users from their row when the entry did not record a name", async () => {
    const admin = await seedUser(testDb(), { profile: "admin" });
    const broker = await seedUser(testDb(), { name: `Bruna ${uniqueSuffix()}` });
    await callerFor(admin).users.setCommunication({ userId: broker.id, canCommunicate: false });
    const [entry] = (await callerFor(admin).audit.list({ actorId: admin.id, action: "user.communication.disabled" })).items;
    expect(entry).toMatchObject({ entityId: broker.id, targetName: broker.name });
  });

  it("names a material by its title, uploaded now or recorded before titles were (issue 12)", async () => {
    const admin = await seedUser(testDb(), { profile: "admin" });
    const actor = (await loadActor(testDb(), admin.id))!;
    const development = await seedDevelopment(testDb(), { media: [] });
    const media = await uploadMedia(testDb(), actor, { developmentId: development.id, kind: "PHOTO", title: "Área de lazer", fileName: "area.png", mimeType: "image/png", bytes: solidPng(8, 8, [0, 120, 80]) });
    // An older entry, written when uploads stored only the file name.
    await testDb().auditLog.create({ data: { actorId: admin.id, action: "media.uploaded", entityType: "MediaAsset", entityId: media.id, data: { fileName: "area.png" } } });
    const entries = (await callerFor(admin).audit.list({ actorId: admin.id, action: "media.uploaded" })).items;
    expect(entries.map((e) => e.targetName)).toEqual(["Área de lazer", "Área de lazer"]);
  });

  it("is refused to the manager and the broker", async () => {
    for (const profile of ["manager", "broker"] as const) {
      const api = callerFor(await seedUser(testDb(), { profile }));
      await expect(api.audit.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(api.audit.filterOptions()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
