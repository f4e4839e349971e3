import { describe, expect, it } from "vitest";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { seedLead } from "@/prisma/seed/leads";
import { seedUser } from "@/prisma/seed/users";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";
import { previewNextAssignee } from "./next-assignee";

const admin = () => seedUser(testDb(), { profile: "admin" });
const base = () => ({ name: `Fila ${uniqueSuffix()}`, tag: "cvcrmcomunicador", comunicadorFlag: false, origin: "CHAT_ONLINE" as const, developmentIds: [], memberIds: [] });

describe("lead queues", () => {
  it("needs the cvcrmcomunicador tag or the Comunicador CV flag", async () => {
    const api = callerFor(await admin());
    const refused = { code: "BAD_REQUEST", cause: { key: "queues.needsComunicadorMarker" } };
    await expect(api.queues.create({ ...base(), tag: null })).rejects.toMatchObject(refused);
    await expect(api.queues.create({ ...base(), tag: "outra-tag" })).rejects.toMatchObject(refused);
    await expect(api.queues.create({ ...base(), tag: " CVCRMComunicador " })).resolves.toHaveProperty("id");
    await expect(api.queues.create({ ...base(), tag: "", comunicadorFlag: true })).resolves.toHaveProperty("id");
  });

  it("requires an origin of Chat Online or ChatBot and a free name", async () => {
    const api = callerFor(await admin());
    // @ts-expect-error: only the two Comunicador origins are accepted.
    await expect(api.queues.create({ ...base(), origin: "MANUAL" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const first = base();
    await api.queues.create(first);
    await expect(api.queues.create({ ...base(), name: first.name.toLowerCase() })).rejects.toMatchObject({ code: "CONFLICT", cause: { key: "queues.nameTaken" } });
  });

  it("keeps members in order, shows who is ineligible and previews the next assignee", async () => {
    const api = callerFor(await admin());
    const ana = await seedUser(testDb(), { name: "Ana" });
    const off = await seedUser(testDb(), { name: "Sem envio", canCommunicate: false });
    const gone = await seedUser(testDb(), { name: "Inativo", active: false });
    const bia = await seedUser(testDb(), { name: "Bia" });
    const development = await seedDevelopment(testDb(), { media: [] });
    const queue = await api.queues.create({ ...base(), origin: "CHATBOT", developmentIds: [development.id], memberIds: [ana.id, off.id, gone.id, bia.id] });

    const listed = (await api.queues.list()).find((q) => q.id === queue.id);
    expect(listed?.members.map((m) => [m.name, m.reasons])).toEqual([
      ["Ana", []],
      ["Sem envio", ["communicationOff"]],
      ["Inativo", ["inactive"]],
      ["Bia", []],
    ]);
    expect(listed).toMatchObject({ isComunicador: true, origin: "CHATBOT", developments: [{ id: development.id }], nextAssignee: { userId: ana.id } });

    await testDb().leadQueue.update({ where: { id: queue.id }, data: { lastAssignedUserId: ana.id } });
    expect(await previewNextAssignee(testDb(), queue.id)).toEqual({ userId: bia.id, name: "Bia" });
    await testDb().leadQueue.update({ where: { id: queue.id }, data: { lastAssignedUserId: bia.id } });
    expect(await previewNextAssignee(testDb(), queue.id)).toEqual({ userId: ana.id, name: "Ana" });

    // Reordered and trimmed: Bia first, Ana second, the others out.
    await api.queues.update({ id: queue.id, ...base(), name: listed!.name, developmentIds: [], memberIds: [bia.id, ana.id] });
    const edited = await api.queues.get({ id: queue.id });
    expect(edited.members.map((m) => m.userId)).toEqual([bia.id, ana.id]);
    expect(edited.developmentIds).toEqual([]);
    expect(await previewNextAssignee(testDb(), queue.id)).toEqual({ userId: ana.id, name: "Ana" });
  });

  it("disables, re-enables and deletes a queue, leaving its leads without a queue, all audited", async () => {
    const actor = await admin();
    const api = callerFor(actor);
    const queue = await api.queues.create(base());
    const lead = await seedLead(testDb(), { queueId: queue.id });
    await api.queues.setEnabled({ id: queue.id, enabled: false });
    expect((await api.queues.get({ id: queue.id })).enabled).toBe(false);
    await api.queues.setEnabled({ id: queue.id, enabled: true });
    expect(await api.queues.delete({ id: queue.id })).toEqual({ id: queue.id, leadCount: 1 });
    expect((await testDb().lead.findUniqueOrThrow({ where: { id: lead.id } })).queueId).toBeNull();
    const trail = await testDb().auditLog.findMany({ where: { entityId: queue.id }, orderBy: { createdAt: "asc" } });
    expect(trail.map((a) => a.action)).toEqual(["queue.created", "queue.disabled", "queue.enabled", "queue.deleted"]);
    expect(trail.every((a) => a.actorId === actor.id)).toBe(true);
  });

  it("is open to the manager and refused to the broker", async () => {
    const manager = callerFor(await seedUser(testDb(), { profile: "manager" }));
    await expect(manager.queues.create(base())).resolves.toHaveProperty("id");
    const broker = callerFor(await seedUser(testDb(), { profile: "broker" }));
    await expect(broker.queues.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(broker.queues.create(base())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
