import { describe, expect, it } from "vitest";
import { seedUser } from "@/prisma/seed/users";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";

const message = (title = `Msg ${uniqueSuffix()}`) => ({ title, body: "Olá {{nome_cliente}}, aqui é {{nome_atendente}}." });

describe("standard messages", () => {
  it("a broker's personal messages are theirs alone: another broker neither sees nor edits them", async () => {
    const ana = callerFor(await seedUser(testDb(), { profile: "broker" }));
    const bruno = callerFor(await seedUser(testDb(), { profile: "broker" }));
    const mine = await ana.standardMessages.create({ ...message(), scope: "personal" });
    expect((await ana.standardMessages.list()).personal.map((m) => m.id)).toEqual([mine.id]);
    const seenByBruno = await bruno.standardMessages.list();
    expect([...seenByBruno.personal, ...seenByBruno.global].some((m) => m.id === mine.id)).toBe(false);
    const notFound = { code: "NOT_FOUND", cause: { key: "standardMessages.notFound" } };
    await expect(bruno.standardMessages.update({ id: mine.id, ...message("Roubada") })).rejects.toMatchObject(notFound);
    await expect(bruno.standardMessages.delete({ id: mine.id })).rejects.toMatchObject(notFound);
    expect((await testDb().standardMessage.findUniqueOrThrow({ where: { id: mine.id } })).title).toBe(mine.title);
    await ana.standardMessages.update({ id: mine.id, ...message("Minha saudação") });
    await ana.standardMessages.delete({ id: mine.id });
    expect(await testDb().standardMessage.count({ where: { id: mine.id } })).toBe(0);
  });

  it("global messages are managed with STANDARD_MESSAGES_MANAGE, read by every broker and audited", async () => {
    const manager = await seedUser(testDb(), { profile: "manager" });
    const broker = callerFor(await seedUser(testDb(), { profile: "broker" }));
    const global = await callerFor(manager).standardMessages.create({ ...message(), scope: "global" });
    const seen = await broker.standardMessages.list();
    expect(seen.global.map((m) => m.id)).toContain(global.id);
    expect(seen).toMatchObject({ canManageGlobal: false, canManagePersonal: true });
    const forbidden = { code: "FORBIDDEN" };
    await expect(broker.standardMessages.create({ ...message(), scope: "global" })).rejects.toMatchObject(forbidden);
    await expect(broker.standardMessages.update({ id: global.id, ...message("Alterada") })).rejects.toMatchObject(forbidden);
    await expect(broker.standardMessages.delete({ id: global.id })).rejects.toMatchObject(forbidden);
    await callerFor(manager).standardMessages.update({ id: global.id, ...message("Boas-vindas revisada") });
    await callerFor(manager).standardMessages.delete({ id: global.id });
    const trail = await testDb().auditLog.findMany({ where: { entityId: global.id }, orderBy: { createdAt: "asc" } });
    expect(trail.map((a) => [a.action, a.actorId])).toEqual([
      ["standard_message.created", manager.id],
      ["standard_message.updated", manager.id],
      ["standard_message.deleted", manager.id],
    ]);
  });

  it("personal messages stay out of the audit log", async () => {
    const broker = callerFor(await seedUser(testDb(), { profile: "broker" }));
    const mine = await broker.standardMessages.create({ ...message(), scope: "personal" });
    expect(await testDb().auditLog.count({ where: { entityId: mine.id } })).toBe(0);
  });

  it("refuses unknown variables, naming the one to fix", async () => {
    const broker = callerFor(await seedUser(testDb(), { profile: "broker" }));
    await expect(broker.standardMessages.create({ title: "Errada", body: "Oi {{nome}}!", scope: "personal" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { key: "standardMessages.unknownVariable", params: { name: "{{nome}}" } },
    });
  });

  it("a user without the inbox keeps no personal messages; one without either permission is refused", async () => {
    const auditor = await testDb().accessProfile.create({ data: { name: `Só globais ${uniqueSuffix()}`, permissions: ["STANDARD_MESSAGES_MANAGE"] } });
    const api = callerFor(await seedUser(testDb(), { accessProfileId: auditor.id }));
    await expect(api.standardMessages.create({ ...message(), scope: "personal" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await api.standardMessages.list()).toMatchObject({ personal: [], canManagePersonal: false, canManageGlobal: true });
    const outsider = await testDb().accessProfile.create({ data: { name: `Só auditoria ${uniqueSuffix()}`, permissions: ["AUDIT_VIEW"] } });
    await expect(callerFor(await seedUser(testDb(), { accessProfileId: outsider.id })).standardMessages.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
