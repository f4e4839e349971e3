import { describe, expect, it } from "vitest";
import { sandboxForThisFile } from "@/test/inngest/test-sandbox";
import { SANDBOX_ACCESS_TOKEN, seedChannel, seedTemplate } from "@/prisma/seed/channels";
import { seedUser } from "@/prisma/seed/users";
import { loadActor } from "@/server/auth/load-actor";
import { AppError } from "@/server/errors";
import { translateError } from "@/server/i18n/translate-error";
import { createGraphClient } from "@/server/meta/graph-client";
import { graphForChannel } from "@/server/services/channels/channel-graph";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";
import { deleteTemplate } from "./delete-template";

// Points the app's Graph base URL (GRAPH_API_BASE_URL) at this in-process sandbox.
const sandbox = sandboxForThisFile({ templateReviewDelayMs: 3_600_000 });

async function manager() {
  const user = await seedUser(testDb(), { profile: "manager" });
  const actor = await loadActor(testDb(), user.id);
  if (!actor) throw new Error("manager not loaded");
  return { actor, api: callerFor(user) };
}

const atMeta = (wabaId: string) => sandbox.context.store.listTemplates(wabaId);

/** A channel whose template Meta (the sandbox) knows, in pt_BR and also in en_US under the same name. */
async function submittedTemplate(options: { accessToken?: string } = {}) {
  const channel = await seedChannel(testDb(), { mode: "ACTIVE", accessToken: options.accessToken });
  const local = await seedTemplate(testDb(), { channelId: channel.id, status: "APPROVED" });
  const meta = createGraphClient({ accessToken: SANDBOX_ACCESS_TOKEN, baseUrl: sandbox.url });
  const create = (language: string) =>
    meta.createTemplate({ wabaId: channel.wabaId, name: local.name, language, category: "MARKETING", components: [{ type: "BODY", text: "Olá, tudo bem?" }] });
  const pt = await create("pt_BR");
  const en = await create("en_US");
  await testDb().messageTemplate.update({ where: { id: local.id }, data: { metaTemplateId: pt.id } });
  return { channel, local, pt, en };
}

async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("deleting a template", () => {
  it("deletes it at Meta first (only its language, by hsm_id), then here, and audits it", async () => {
    const { api } = await manager();
    const { channel, local, pt, en } = await submittedTemplate();
    expect(await api.templates.remove({ templateId: local.id })).toEqual({ id: local.id, knownToMeta: true, deletedAtMeta: true });
    expect(atMeta(channel.wabaId).map((t) => t.id)).toEqual([en.id]);
    expect(await testDb().messageTemplate.findUnique({ where: { id: local.id } })).toBeNull();
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entityId: local.id, action: "template.deleted" } });
    expect(audit.data).toMatchObject({ name: local.name, wabaId: channel.wabaId, metaTemplateId: pt.id, deletedAtMeta: true, alreadyGoneAtMeta: false });
  });

  it("keeps the template here (and at Meta) when Meta refuses, and tells the user why and what to do", async () => {
    const { actor, api } = await manager();
    const { channel, local, pt } = await submittedTemplate({ accessToken: "token-revogado" });
    await expect(api.templates.remove({ templateId: local.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: "templates.deleteRefusedByMeta" });
    const refused = await appErrorOf(deleteTemplate(testDb(), actor, local.id));
    // The sandbox answers an unknown token as Meta does: code 190.
    expect(refused.params.reason).toMatch(/token/i);
    expect(translateError("pt-BR", refused.key, refused.params)).toMatch(/^A Meta recusou a exclusão do template \(.+\), então ele continua aqui e na Meta\. Confira o token/);
    expect(await testDb().messageTemplate.findUnique({ where: { id: local.id } })).toMatchObject({ metaTemplateId: pt.id });
    expect(atMeta(channel.wabaId).map((t) => t.id)).toContain(pt.id);
    expect(await testDb().auditLog.count({ where: { entityId: local.id, action: "template.deleted" } })).toBe(0);
  });

  it("keeps the template when Meta cannot be reached, or the channel's token cannot be read", async () => {
    const { actor } = await manager();
    const { local } = await submittedTemplate();
    const offline = (channel: { accessTokenEnc: string }) =>
      graphForChannel(channel, async () => {
        throw new TypeError("fetch failed");
      });
    expect((await appErrorOf(deleteTemplate(testDb(), actor, local.id, { graph: offline }))).key).toBe("templates.deleteMetaUnavailable");
    expect((await appErrorOf(deleteTemplate(testDb(), actor, local.id, { graph: () => null }))).key).toBe("templates.deleteTokenUnreadable");
    expect(await testDb().messageTemplate.findUnique({ where: { id: local.id } })).not.toBeNull();
  });

  it("deletes here a template Meta no longer has (deleted in WhatsApp Manager, say)", async () => {
    const { api } = await manager();
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    // A Meta id the sandbox never issued: Meta answers "message template not found".
    const gone = await seedTemplate(testDb(), { channelId: channel.id, status: "APPROVED" });
    expect(await api.templates.remove({ templateId: gone.id })).toEqual({ id: gone.id, knownToMeta: true, deletedAtMeta: false });
    expect(await testDb().messageTemplate.findUnique({ where: { id: gone.id } })).toBeNull();
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entityId: gone.id, action: "template.deleted" } });
    expect(audit.data).toMatchObject({ alreadyGoneAtMeta: true });
  });

  it("only deletes here a draft Meta never received, and refuses one being sent right now", async () => {
    const { actor } = await manager();
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    let clients = 0;
    const counting = () => (clients++, null);
    const draft = await seedTemplate(testDb(), { channelId: channel.id, status: "DRAFT" });
    expect(await deleteTemplate(testDb(), actor, draft.id, { graph: counting })).toEqual({ id: draft.id, knownToMeta: false, deletedAtMeta: false });
    expect(clients).toBe(0);
    expect(await testDb().messageTemplate.findUnique({ where: { id: draft.id } })).toBeNull();

    const sending = await seedTemplate(testDb(), { channelId: channel.id, status: "DRAFT" });
    await testDb().messageTemplate.update({ where: { id: sending.id }, data: { submittedAt: new Date() } });
    expect((await appErrorOf(deleteTemplate(testDb(), actor, sending.id, { graph: counting }))).key).toBe("templates.inFlight");
    expect(await testDb().messageTemplate.findUnique({ where: { id: sending.id } })).not.toBeNull();
    expect(clients).toBe(0);
  });
});
