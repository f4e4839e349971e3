import { describe, expect, it, vi } from "vitest";
import { templateStatusChanged, templateSubmitRequested } from "@/inngest/events";
import { runFunction } from "@/test/inngest/test-engine";
import { sendScene, uniqueId } from "@/test/inngest/send-scene";
import { sandboxForThisFile } from "@/test/inngest/test-sandbox";
import { seedTemplate } from "@/prisma/seed/channels";
import { seedUser } from "@/prisma/seed/users";
import { loadActor } from "@/server/auth/load-actor";
import { publish } from "@/server/realtime/publish";
import { settingsChannel } from "@/server/realtime/channels";
import { updateTemplate } from "@/server/services/templates/save-template";
import { submitTemplate as submitFromSettings } from "@/server/services/templates/submit-template";
import { testDb } from "@/test/db";
import { recordingJobs } from "@/test/recording-jobs";
import { REVIEW_WAITS, submitTemplate } from "./submit-template";
import { notificationText } from "@/app/_i18n/stored-texts";
import type { Actor } from "@/server/auth/permissions";
import { getNotification } from "@/server/services/inbox/get-notification";
import { translator } from "@/test/translator";

// What the user reads: the screen writes the notification from its kind and data.
const textOf = async (userId: string, notificationId: string) => notificationText(translator("pt-BR"), (await getNotification(db(), { id: userId } as Actor, notificationId))!);
const titleOf = async (userId: string, notificationId: string) => (await textOf(userId, notificationId)).title;

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const db = () => testDb();
// Meta's review is decided by each test (decide()), never by the sandbox's timer.
const sandbox = sandboxForThisFile({ templateReviewDelayMs: 3_600_000 });

async function submittedDraft(name = `boas_vindas_${uniqueId()}`) {
  const scene = await sendScene(db(), sandbox);
  const admin = await seedUser(db(), { profile: "admin" });
  const draft = await seedTemplate(db(), { channelId: scene.channel.id, name, status: "DRAFT" });
  await db().messageTemplate.update({ where: { id: draft.id }, data: { submittedAt: new Date(), submittedById: admin.id } });
  return { scene, admin, draft };
}

const metaTemplates = (wabaId: string) => sandbox.context.store.listTemplates(wabaId);
const submit = (templateId: string, submittedById: string, waitForEvent?: (id: string) => unknown) =>
  runFunction(submitTemplate, { name: templateSubmitRequested.name, data: { templateId, submittedById } }, { waitForEvent });

describe("template/submit", () => {
  it("submits the BODY with example values, waits for the webhook's decision and tells the admin", async () => {
    const { scene, admin, draft } = await submittedDraft();
    const run = await submit(draft.id, admin.id, () => ({ name: templateStatusChanged.name, data: { templateId: draft.id, status: "APPROVED" } }));

    const [atMeta] = metaTemplates(scene.channel.wabaId);
    expect(atMeta).toMatchObject({ name: draft.name, language: "pt_BR", category: "MARKETING" });
    expect(atMeta?.components).toEqual([{ type: "BODY", text: draft.body, example: { body_text: [["Maria", "Ana", "Residencial Jardins"]] } }]);
    expect(run.waits).toHaveLength(1);
    expect(run.waits[0]?.opts).toMatchObject({ timeout: REVIEW_WAITS[0], if: "async.data.templateId == event.data.templateId" });
    expect(run.result).toMatchObject({ status: "APPROVED", final: true, metaTemplateId: atMeta?.id });

    const stored = await db().messageTemplate.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored).toMatchObject({ status: "APPROVED", metaTemplateId: atMeta?.id });
    expect(stored.decidedAt).toBeInstanceOf(Date);
    const notifications = await db().notification.findMany({ where: { userId: admin.id } });
    expect(notifications).toEqual([expect.objectContaining({ kind: "template.reviewed", title: null, data: expect.objectContaining({ status: "APPROVED", name: draft.name }) })]);
    expect(await titleOf(admin.id, notifications[0]!.id)).toBe(`Template “${draft.name}” aprovado pela Meta`);
    const pushes = vi.mocked(publish).mock.calls.flat(2);
    expect(pushes).toContainEqual({ channel: settingsChannel, event: { name: "template.updated", data: { templateId: draft.id, channelId: scene.channel.id, status: "APPROVED" } } });

    // Delivered twice (or retried): Meta is not asked again and the admin is not told twice.
    const again = await submit(draft.id, admin.id);
    expect(again.result).toMatchObject({ status: "APPROVED", final: true });
    expect(metaTemplates(scene.channel.wabaId)).toHaveLength(1);
    expect(await db().notification.count({ where: { userId: admin.id } })).toBe(1);
  });

  it("falls back to asking Meta when no decision event comes, until Meta decides", async () => {
    const { scene, admin, draft } = await submittedDraft();
    let waits = 0;
    const run = await submit(draft.id, admin.id, () => {
      // Meta decides during the second wait, and its webhook never reaches the app.
      if (++waits === 2) sandbox.context.templateReview.decide(metaTemplates(scene.channel.wabaId)[0]!.id, "REJECTED", "NONE");
      return null;
    });
    expect(run.waits.map((w) => (w.opts as { timeout: string }).timeout)).toEqual(REVIEW_WAITS.slice(0, 2));
    expect(run.result).toMatchObject({ status: "REJECTED", final: true });
    expect(await db().messageTemplate.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "REJECTED", rejectedReason: "NONE" });
    const [notification] = await db().notification.findMany({ where: { userId: admin.id } });
    expect(notification).toMatchObject({ title: null, body: null, data: { status: "REJECTED", name: draft.name, reason: null } });
    const text = await textOf(admin.id, notification!.id);
    expect(text.title).toBe(`Template “${draft.name}” reprovado pela Meta`);
    expect(text.body).toContain("A Meta não informa o motivo");
  });

  it("turns a refusal at submission into REJECTED with Meta's reason, so the admin can edit it", async () => {
    const { scene, admin, draft } = await submittedDraft(`Nome_Invalido_${uniqueId()}`);
    const run = await submit(draft.id, admin.id);
    expect(run.result).toMatchObject({ status: "REJECTED", final: true });
    expect(run.waits).toHaveLength(0);
    expect(metaTemplates(scene.channel.wabaId)).toHaveLength(0);
    const stored = await db().messageTemplate.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored.rejectedReason).toMatch(/lowercase/);
    expect(stored.rejectedReason).not.toMatch(/Meta recusou/);
    expect(await db().notification.count({ where: { userId: admin.id } })).toBe(1);
  });

  it("edits a rejected template in place at Meta when it is sent again: PENDING there, then APPROVED", async () => {
    const { scene, admin, draft } = await submittedDraft();
    const wabaId = scene.channel.wabaId;
    const decideAtMeta = (status: "APPROVED" | "REJECTED") => () => {
      const [atMeta] = metaTemplates(wabaId);
      if (atMeta?.status === "PENDING") sandbox.context.templateReview.decide(atMeta.id, status, "NONE");
      return { name: templateStatusChanged.name, data: { templateId: draft.id, status } };
    };
    expect((await submit(draft.id, admin.id, decideAtMeta("REJECTED"))).result).toMatchObject({ status: "REJECTED", final: true });
    const { metaTemplateId } = await db().messageTemplate.findUniqueOrThrow({ where: { id: draft.id } });
    expect(metaTemplateId).toBe(metaTemplates(wabaId)[0]?.id);

    // The admin edits it in settings (back to draft, Meta id kept) and sends it again.
    const actor = await loadActor(db(), admin.id);
    if (!actor) throw new Error("admin not loaded");
    const editorBody = "Oi {{nome_cliente}}, sua visita ao {{nome_empreendimento}} está confirmada!";
    await updateTemplate(db(), actor, { templateId: draft.id, name: draft.name, language: "pt_BR", category: "UTILITY", editorBody, examples: { CLIENT_NAME: "Joana", DEVELOPMENT_NAME: "Edifício Marina" } });
    await submitFromSettings(db(), actor, draft.id, recordingJobs().jobs);

    let underReview: unknown;
    const run = await submit(draft.id, admin.id, () => {
      underReview ??= structuredClone(metaTemplates(wabaId)[0]);
      return decideAtMeta("APPROVED")();
    });
    expect(underReview).toMatchObject({
      id: metaTemplateId,
      name: draft.name,
      status: "PENDING",
      category: "UTILITY",
      components: [{ type: "BODY", text: "Oi {{1}}, sua visita ao {{2}} está confirmada!", example: { body_text: [["Joana", "Edifício Marina"]] } }],
    });
    expect(run.result).toMatchObject({ status: "APPROVED", final: true, metaTemplateId });
    expect(metaTemplates(wabaId)).toEqual([expect.objectContaining({ id: metaTemplateId, status: "APPROVED" })]);
    expect(await db().messageTemplate.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "APPROVED", category: "UTILITY", metaTemplateId, body: "Oi {{1}}, sua visita ao {{2}} está confirmada!" });
    const notifications = await db().notification.findMany({ where: { userId: admin.id }, orderBy: { createdAt: "asc" } });
    const titles = await Promise.all(notifications.map((n) => titleOf(admin.id, n.id)));
    expect(titles).toEqual([`Template “${draft.name}” reprovado pela Meta`, `Template “${draft.name}” aprovado pela Meta`]);
  });

  it("adopts the template Meta already has when an earlier attempt's answer was lost", async () => {
    const { scene, admin, draft } = await submittedDraft();
    const created = await fetch(`${sandbox.url}/v24.0/${scene.channel.wabaId}/message_templates`, {
      method: "POST",
      headers: { authorization: "Bearer sandbox-access-token", "content-type": "application/json" },
      body: JSON.stringify({ name: draft.name, language: "pt_BR", category: "MARKETING", components: [{ type: "BODY", text: "Olá" }] }),
    }).then((r) => r.json() as Promise<{ id: string }>);
    const run = await submit(draft.id, admin.id, () => ({ name: templateStatusChanged.name, data: { templateId: draft.id, status: "APPROVED" } }));
    expect(run.result).toMatchObject({ status: "APPROVED", metaTemplateId: created.id });
    expect(metaTemplates(scene.channel.wabaId)).toHaveLength(1);
  });
});
