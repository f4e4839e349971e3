import { describe, expect, it } from "vitest";
import { seedChannel, seedTemplate } from "@/prisma/seed/channels";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { seedUser } from "@/prisma/seed/users";
import { loadActor } from "@/server/auth/load-actor";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";
import { recordingJobs } from "@/test/recording-jobs";
import { submitTemplate } from "./submit-template";

async function manager() {
  // Only TEMPLATES_MANAGE (the built-in Gestor profile has no CHANNELS_MANAGE).
  const user = await seedUser(testDb(), { profile: "manager" });
  const actor = await loadActor(testDb(), user.id);
  if (!actor) throw new Error("manager not loaded");
  return { user, actor, api: callerFor(user) };
}

const draft = (channelId: string, overrides: Record<string, unknown> = {}) => ({
  channelId,
  name: `boas_vindas_${uniqueSuffix()}`,
  language: "pt_BR" as const,
  category: "MARKETING" as const,
  editorBody: "Olá {{nome_cliente}}! Aqui é {{nome_atendente}}, do {{nome_empreendimento}}. Podemos conversar?",
  examples: { CLIENT_NAME: "Joana", BROKER_NAME: "", DEVELOPMENT_NAME: "Edifício Marina" },
  ...overrides,
});

describe("creating templates", () => {
  it("stores Meta's numbered body with the variable mapping and examples", async () => {
    const { api } = await manager();
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    const { id } = await api.templates.create(draft(channel.id));
    const row = await testDb().messageTemplate.findUniqueOrThrow({ where: { id } });
    expect(row.body).toBe("Olá {{1}}! Aqui é {{2}}, do {{3}}. Podemos conversar?");
    expect(row.variables).toEqual([
      { index: 1, variable: "CLIENT_NAME", example: "Joana" },
      { index: 2, variable: "BROKER_NAME", example: "Ana" },
      { index: 3, variable: "DEVELOPMENT_NAME", example: "Edifício Marina" },
    ]);
    expect(row.status).toBe("DRAFT");
    const back = await api.templates.get({ templateId: id });
    expect(back.editorBody).toBe(draft(channel.id).editorBody);
    expect(back.examples).toEqual({ CLIENT_NAME: "Joana", BROKER_NAME: "Ana", DEVELOPMENT_NAME: "Edifício Marina" });
  });

  it("enforces the name rules, uniqueness per channel and language, and the 500-character limit", async () => {
    const { api } = await manager();
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    await expect(api.templates.create(draft(channel.id, { name: "Boas Vindas" }))).rejects.toMatchObject({ code: "BAD_REQUEST", message: "templates.nameFormat" });
    const first = draft(channel.id);
    await api.templates.create(first);
    await expect(api.templates.create(draft(channel.id, { name: first.name }))).rejects.toMatchObject({ code: "CONFLICT", message: "templates.nameTaken" });
    await expect(api.templates.create(draft(channel.id, { name: first.name, language: "en_US" }))).resolves.toBeTruthy();
    await expect(api.templates.create(draft(channel.id, { editorBody: `Oi ${"a".repeat(498)}` }))).rejects.toMatchObject({ message: "templates.bodyTooLong" });
    await expect(api.templates.create(draft(channel.id, { editorBody: "Oi {{cliente}}!" }))).rejects.toMatchObject({ message: "templates.bodyUnknownVariable" });
  });

  it("only on active channels that may start conversations", async () => {
    const { api } = await manager();
    const receptive = await seedChannel(testDb(), { mode: "RECEPTIVE" });
    await expect(api.templates.create(draft(receptive.id))).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: "templates.channelCannotStart" });
    expect((await api.templates.channels()).map((c) => c.id)).not.toContain(receptive.id);
  });
});

describe("submitting to Meta", () => {
  it("marks the draft submitted and emits template.submit-requested once", async () => {
    const { actor, api } = await manager();
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    const { id } = await api.templates.create(draft(channel.id));
    const sender = recordingJobs();
    await submitTemplate(testDb(), actor, id, sender.jobs);
    expect(sender.events).toHaveLength(1);
    expect(sender.events[0]).toMatchObject({ name: "comunicador/template.submit-requested", data: { templateId: id, submittedById: actor.id } });
    expect(sender.events[0]?.id).toMatch(new RegExp(`^template-submit-${id}-`));
    const row = await testDb().messageTemplate.findUniqueOrThrow({ where: { id } });
    // The background job, not this call, moves it to PENDING.
    expect(row).toMatchObject({ status: "DRAFT", submittedById: actor.id });
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect((await api.templates.list({ channelId: channel.id }))[0]).toMatchObject({ id, inFlight: true, editable: false });

    await expect(submitTemplate(testDb(), actor, id, sender.jobs)).rejects.toMatchObject({ code: "CONFLICT", key: "templates.inFlight" });
    await expect(api.templates.update({ templateId: id, ...draft(channel.id) })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(sender.events).toHaveLength(1);
  });

  it("undoes the mark when the event cannot be sent", async () => {
    const { actor, api } = await manager();
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    const { id } = await api.templates.create(draft(channel.id));
    const failing = recordingJobs({ fail: true }).jobs;
    await expect(submitTemplate(testDb(), actor, id, failing)).rejects.toMatchObject({ key: "templates.queueUnavailable" });
    expect((await testDb().messageTemplate.findUniqueOrThrow({ where: { id } })).submittedAt).toBeNull();
  });

  it("refuses anything but a draft", async () => {
    const { actor } = await manager();
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    const approved = await seedTemplate(testDb(), { channelId: channel.id, status: "APPROVED" });
    await expect(submitTemplate(testDb(), actor, approved.id, recordingJobs().jobs)).rejects.toMatchObject({ key: "templates.notSubmittable" });
  });
});

describe("rejected templates", () => {
  it("edits one back to draft (keeping its Meta id and name) or duplicates it under a new name", async () => {
    const { api } = await manager();
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    const rejected = await seedTemplate(testDb(), { channelId: channel.id, status: "REJECTED" });
    await testDb().messageTemplate.update({ where: { id: rejected.id }, data: { rejectedReason: "NONE" } });
    const listed = (await api.templates.list({ channelId: channel.id })).find((t) => t.id === rejected.id);
    expect(listed).toMatchObject({ status: "REJECTED", rejectedReason: null, editable: true });

    const edit = { templateId: rejected.id, name: rejected.name, language: "pt_BR" as const, category: "UTILITY" as const, editorBody: "Oi {{nome_cliente}}, tudo bem?", examples: {} };
    await expect(api.templates.update({ ...edit, name: `${rejected.name}_novo` })).rejects.toMatchObject({ message: "templates.nameLocked" });
    await api.templates.update(edit);
    expect(await testDb().messageTemplate.findUniqueOrThrow({ where: { id: rejected.id } })).toMatchObject({
      status: "DRAFT",
      body: "Oi {{1}}, tudo bem?",
      category: "UTILITY",
      metaTemplateId: rejected.metaTemplateId,
      rejectedReason: null,
      decidedAt: null,
    });

    const copy = await api.templates.duplicate({ templateId: rejected.id });
    const second = await api.templates.duplicate({ templateId: rejected.id });
    expect(copy.name).toBe(`${rejected.name}_copia`);
    expect(second.name).toBe(`${rejected.name}_copia_2`);
    expect(await testDb().messageTemplate.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ status: "DRAFT", metaTemplateId: null, body: "Oi {{1}}, tudo bem?" });
  });

  it("approved templates are not edited in place", async () => {
    const { api } = await manager();
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    const approved = await seedTemplate(testDb(), { channelId: channel.id, status: "APPROVED" });
    await expect(
      api.templates.update({ templateId: approved.id, name: approved.name, language: "pt_BR", category: "MARKETING", editorBody: "Oi {{nome_cliente}}!", examples: {} }),
    ).rejects.toMatchObject({ message: "templates.notEditable" });
  });
});
