import { describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { getMedia } from "@/server/media/local-store";
import { Permission, type Actor } from "@/server/auth/permissions";
import { conversationChannel, inboxChannel, managersInboxChannel } from "@/server/realtime/channels";
import { actorOf, captureDeps, inboxWorld } from "@/test/inbox/inbox-world";
import { queueOutboundMessage } from "./queue-outbound-message";
import { listMaterials } from "@/server/services/inbox/list-materials";
import { translateError } from "@/server/i18n/translate-error";
import type { AppError } from "@/server/errors";
import { retryMessage } from "./retry-message";

const text = (conversationId: string, body = "Segue a planta!") => ({
  conversationId,
  clientRequestId: `req-${uniqueSuffix()}${uniqueSuffix()}`,
  content: { kind: "text" as const, body },
});

describe("queueing a broker's reply", () => {
  it("stores it QUEUED with the conversation's last message, asks Inngest to send it and pushes it", async () => {
    const w = await inboxWorld(testDb());
    const { deps, sends, pushes } = captureDeps();
    const view = await queueOutboundMessage(testDb(), w.actors.ana, text(w.conversation.id), deps);
    expect(view).toMatchObject({ direction: "OUTBOUND", type: "TEXT", status: "QUEUED", body: "Segue a planta!", sender: { id: w.users.ana.id } });
    const conversation = await testDb().conversation.findUniqueOrThrow({ where: { id: w.conversation.id } });
    expect(conversation).toMatchObject({ lastMessagePreview: "Segue a planta!", lastMessageDirection: "OUTBOUND", lastMessageStatus: "QUEUED" });
    expect(+conversation.lastMessageAt).toBe(+view.createdAt);
    expect(sends).toEqual([{ messageId: view.id, eventId: `message-send-${view.id}` }]);
    expect(pushes).toEqual(
      expect.arrayContaining([
        { channel: conversationChannel(w.conversation.id), event: { name: "message.created", data: { conversationId: w.conversation.id, messageId: view.id } } },
        { channel: inboxChannel(w.users.ana.id), event: { name: "conversation.updated", data: { conversationId: w.conversation.id } } },
        { channel: managersInboxChannel, event: { name: "message.created", data: { conversationId: w.conversation.id, messageId: view.id } } },
      ]),
    );
    expect(await testDb().leadEvent.count({ where: { messageId: view.id, type: "MESSAGE_SENT", actorId: w.users.ana.id } })).toBe(1);
  });

  it("a retried clientRequestId returns the same message, never a second one, and re-asks Inngest while queued", async () => {
    const w = await inboxWorld(testDb());
    const { deps, sends } = captureDeps();
    const input = text(w.conversation.id);
    const first = await queueOutboundMessage(testDb(), w.actors.ana, input, deps);
    const again = await queueOutboundMessage(testDb(), w.actors.ana, input, deps);
    const [raceA, raceB] = await Promise.all([
      queueOutboundMessage(testDb(), w.actors.ana, { ...input, clientRequestId: `${input.clientRequestId}-x` }, deps),
      queueOutboundMessage(testDb(), w.actors.ana, { ...input, clientRequestId: `${input.clientRequestId}-x` }, deps),
    ]);
    expect(again.id).toBe(first.id);
    expect(raceA.id).toBe(raceB.id);
    expect(await testDb().message.count({ where: { clientRequestId: { in: [input.clientRequestId, `${input.clientRequestId}-x`] } } })).toBe(2);
    expect(new Set(sends.map((s) => s.eventId))).toEqual(new Set([`message-send-${first.id}`, `message-send-${raceA.id}`]));
    await expect(queueOutboundMessage(testDb(), w.actors.manager, input, deps)).rejects.toMatchObject({ key: "inbox.duplicateRequest" });
  });

  it("refuses free text once the 24 h window has closed, telling the broker to send a template", async () => {
    const w = await inboxWorld(testDb());
    await testDb().conversation.update({ where: { id: w.conversation.id }, data: { windowExpiresAt: new Date(Date.now() - 1000), status: "EXPIRED" } });
    const { deps, sends, pushes } = captureDeps();
    const attempt = queueOutboundMessage(testDb(), w.actors.ana, text(w.conversation.id), deps);
    await expect(attempt).rejects.toMatchObject({ code: "PRECONDITION_FAILED", key: "inbox.windowClosed" });
    expect(sends).toEqual([]);
    expect(pushes).toEqual([]);
    // A window that has not opened yet (business-initiated, no reply) is closed too.
    await testDb().conversation.update({ where: { id: w.conversation.id }, data: { windowExpiresAt: null, status: "OPEN" } });
    await expect(queueOutboundMessage(testDb(), w.actors.ana, text(w.conversation.id), deps)).rejects.toMatchObject({ key: "inbox.windowClosed" });
  });

  it("needs the communication flag, the conversation and an enabled channel", async () => {
    const w = await inboxWorld(testDb());
    const { deps } = captureDeps();
    await expect(queueOutboundMessage(testDb(), w.actors.bruno, text(w.conversation.id), deps)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(queueOutboundMessage(testDb(), w.actors.outsider, text(w.conversation.id), deps)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(queueOutboundMessage(testDb(), { ...w.actors.ana, canCommunicate: false }, text(w.conversation.id), deps)).rejects.toMatchObject({
      key: "inbox.communicationDisabled",
    });
    await testDb().channel.update({ where: { id: w.channel.id }, data: { enabled: false } });
    await expect(queueOutboundMessage(testDb(), w.actors.ana, text(w.conversation.id), deps)).rejects.toMatchObject({ key: "inbox.channelDisabled" });
  });

  it("checks Meta's limits: empty text, a too-large image, a wrong type", async () => {
    const w = await inboxWorld(testDb());
    const { deps } = captureDeps();
    await expect(queueOutboundMessage(testDb(), w.actors.ana, text(w.conversation.id, "  "), deps)).rejects.toMatchObject({ key: "outbound.textEmpty" });
    const file = (mimeType: string, size: number) => ({
      ...text(w.conversation.id),
      content: { kind: "file" as const, fileName: "x.bin", mimeType, bytes: new Uint8Array(size) },
    });
    const tooLarge = await queueOutboundMessage(testDb(), w.actors.ana, file("image/png", 6 * 1024 * 1024), deps).catch((error: unknown) => error);
    expect(tooLarge).toMatchObject({ key: "outbound.mediaSize", params: { maxMb: 5 } });
    const { key, params } = tooLarge as AppError;
    expect(translateError("pt-BR", key, params)).toContain("limite do WhatsApp é 5 MB");
    expect(translateError("en", key, params)).toContain("WhatsApp's limit is 5 MB");
    await expect(queueOutboundMessage(testDb(), w.actors.ana, file("application/x-msdownload", 10), deps)).rejects.toMatchObject({ key: "outbound.mediaType" });
  });

  it("stores an uploaded file and a development material as media messages, quoting the replied message", async () => {
    const w = await inboxWorld(testDb());
    const { deps } = captureDeps();
    const quoted = await testDb().message.findFirstOrThrow({ where: { conversationId: w.conversation.id, direction: "INBOUND" } });
    const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
    const doc = await queueOutboundMessage(
      testDb(),
      w.actors.ana,
      { ...text(w.conversation.id), replyToMessageId: quoted.id, content: { kind: "file", fileName: "proposta.pdf", mimeType: "application/pdf", bytes: pdf, caption: "Proposta" } },
      deps,
    );
    expect(doc).toMatchObject({ type: "DOCUMENT", body: "Proposta", media: { status: "AVAILABLE", fileName: "proposta.pdf" }, replyTo: { id: quoted.id } });
    const stored = await testDb().message.findUniqueOrThrow({ where: { id: doc.id } });
    expect(Buffer.from(await getMedia(stored.mediaStorageKey ?? "")).toString()).toBe("%PDF-1.4\n%%EOF\n");

    // The lead gets the name the broker's file had, rid only of its path (issue 12).
    const named = await queueOutboundMessage(
      testDb(),
      w.actors.ana,
      { ...text(w.conversation.id), content: { kind: "file", fileName: "C:\\Users\\ana\\Área de lazer — versão 2.pdf", mimeType: "application/pdf", bytes: pdf } },
      deps,
    );
    expect(named.media).toMatchObject({ fileName: "Área de lazer — versão 2.pdf" });

    const development = await seedDevelopment(testDb());
    await testDb().lead.update({ where: { id: w.lead.id }, data: { developments: { connect: { id: development.id } } } });
    const plan = development.media.find((m) => m.kind === "FLOOR_PLAN");
    const material = await queueOutboundMessage(testDb(), w.actors.ana, { ...text(w.conversation.id), content: { kind: "material", mediaAssetId: plan?.id ?? "" } }, deps);
    expect(material).toMatchObject({ type: "IMAGE", body: null, media: { mimeType: "image/png" } });
    expect((await testDb().message.findUniqueOrThrow({ where: { id: material.id } })).mediaAssetId).toBe(plan?.id);
    expect(await testDb().conversation.findUniqueOrThrow({ where: { id: w.conversation.id } })).toMatchObject({ lastMessageType: "IMAGE", lastMessagePreview: null });
  });

  it("sends only the materials of the lead's developments or linked to the conversation's channel", async () => {
    const w = await inboxWorld(testDb());
    const { deps, sends } = captureDeps();
    const material = (mediaAssetId: string) => ({ ...text(w.conversation.id), content: { kind: "material" as const, mediaAssetId } });
    const [ofLead, ofChannel, unrelated] = await Promise.all([seedDevelopment(testDb()), seedDevelopment(testDb()), seedDevelopment(testDb())]);
    await testDb().lead.update({ where: { id: w.lead.id }, data: { developments: { connect: { id: ofLead.id } } } });
    const channelPhoto = ofChannel.media[0]!;
    await testDb().channel.update({ where: { id: w.channel.id }, data: { mediaAssets: { connect: { id: channelPhoto.id } } } });

    const foreign = unrelated.media[0]!;
    await expect(queueOutboundMessage(testDb(), w.actors.ana, material(foreign.id), deps)).rejects.toMatchObject({ code: "FORBIDDEN", key: "inbox.materialNotLinked" });
    // Another development's material stays out even when the channel carries one of its siblings.
    await expect(queueOutboundMessage(testDb(), w.actors.ana, material(ofChannel.media[1]!.id), deps)).rejects.toMatchObject({ key: "inbox.materialNotLinked" });
    expect(await testDb().message.count({ where: { conversationId: w.conversation.id, mediaAssetId: { in: [foreign.id, ofChannel.media[1]!.id] } } })).toBe(0);
    expect(sends).toEqual([]);
    expect(translateError("pt-BR", "inbox.materialNotLinked")).toContain("não está ligado ao canal desta conversa");

    for (const asset of [ofLead.media[0]!, channelPhoto]) {
      const sent = await queueOutboundMessage(testDb(), w.actors.ana, material(asset.id), deps);
      expect((await testDb().message.findUniqueOrThrow({ where: { id: sent.id } })).mediaAssetId).toBe(asset.id);
    }
    // What the picker offers is what may be sent.
    const offered = (await listMaterials(testDb(), w.actors.ana, w.conversation.id)).map((m) => m.id);
    expect(offered).toEqual(expect.arrayContaining([ofLead.media[0]!.id, channelPhoto.id]));
    expect(offered).not.toContain(foreign.id);
  });

  it("a message to a closed conversation with an open window reopens it", async () => {
    const w = await inboxWorld(testDb());
    await testDb().conversation.update({ where: { id: w.conversation.id }, data: { status: "CLOSED", closedAt: new Date() } });
    const { deps } = captureDeps();
    await queueOutboundMessage(testDb(), w.actors.ana, text(w.conversation.id), deps);
    expect(await testDb().conversation.findUniqueOrThrow({ where: { id: w.conversation.id } })).toMatchObject({ status: "OPEN", closedAt: null });
    expect(await testDb().leadEvent.count({ where: { conversationId: w.conversation.id, type: "CONVERSATION_REOPENED" } })).toBe(1);
  });
});

describe("retrying a failed message", () => {
  it("requeues a retryable failure once per failure, and refuses one that needs a template", async () => {
    const w = await inboxWorld(testDb());
    const { deps, sends } = captureDeps();
    const failedAt = new Date();
    const failed = await testDb().message.create({
      data: { conversationId: w.conversation.id, direction: "OUTBOUND", type: "TEXT", body: "oi", status: "FAILED", errorCode: 130429, failedAt, senderId: w.users.ana.id },
    });
    expect(await retryMessage(testDb(), w.actors.ana, { conversationId: w.conversation.id, messageId: failed.id }, deps)).toEqual({ retried: true });
    expect(await testDb().message.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "QUEUED", errorCode: null });
    expect(sends).toEqual([{ messageId: failed.id, eventId: `message-send-${failed.id}-retry-${failedAt.getTime()}` }]);
    await expect(retryMessage(testDb(), w.actors.ana, { conversationId: w.conversation.id, messageId: failed.id }, deps)).rejects.toMatchObject({ key: "inbox.notRetryable" });

    const windowClosed = await testDb().message.create({
      data: { conversationId: w.conversation.id, direction: "OUTBOUND", type: "TEXT", body: "oi", status: "FAILED", errorCode: 131047 },
    });
    await expect(retryMessage(testDb(), w.actors.ana, { conversationId: w.conversation.id, messageId: windowClosed.id }, deps)).rejects.toMatchObject({ key: "inbox.notRetryable" });
    expect(sends).toHaveLength(1);
  });

  it("resending a template is active sending: it needs the profile's active sending, the communication flag and a channel that may start conversations", async () => {
    const w = await inboxWorld(testDb());
    const { deps, sends } = captureDeps();
    const failedTemplate = () =>
      testDb().message.create({
        data: { conversationId: w.conversation.id, direction: "OUTBOUND", type: "TEMPLATE", body: "Olá!", status: "FAILED", errorCode: 130429, failedAt: new Date(), senderId: w.users.ana.id },
      });
    const retry = (actor: Actor, messageId: string) => retryMessage(testDb(), actor, { conversationId: w.conversation.id, messageId }, deps);

    const withoutActiveSend = await testDb().accessProfile.create({ data: { name: `Só responde ${uniqueSuffix()}`, permissions: [Permission.INBOX_USE] } });
    await testDb().user.update({ where: { id: w.users.bruno.id }, data: { accessProfileId: withoutActiveSend.id } });
    await testDb().conversation.update({ where: { id: w.conversation.id }, data: { assigneeId: w.users.bruno.id } });
    const message = await failedTemplate();
    await expect(retry(await actorOf(testDb(), w.users.bruno), message.id)).rejects.toMatchObject({ code: "FORBIDDEN", key: "leads.noActiveSend" });
    // Free text in the same conversation is still theirs to resend: replying is not active sending.
    const text = await testDb().message.create({
      data: { conversationId: w.conversation.id, direction: "OUTBOUND", type: "TEXT", body: "oi", status: "FAILED", errorCode: 130429, failedAt: new Date(), senderId: w.users.bruno.id },
    });
    await expect(retry(await actorOf(testDb(), w.users.bruno), text.id)).resolves.toEqual({ retried: true });

    await testDb().conversation.update({ where: { id: w.conversation.id }, data: { assigneeId: w.users.ana.id } });
    await testDb().user.update({ where: { id: w.users.ana.id }, data: { canCommunicate: false } });
    await expect(retry(await actorOf(testDb(), w.users.ana), message.id)).rejects.toMatchObject({ code: "FORBIDDEN", key: "leads.communicationBlocked" });
    await testDb().user.update({ where: { id: w.users.ana.id }, data: { canCommunicate: true } });

    await testDb().channel.update({ where: { id: w.channel.id }, data: { mode: "RECEPTIVE", canStartConversations: false } });
    await expect(retry(await actorOf(testDb(), w.users.ana), message.id)).rejects.toMatchObject({ key: "leads.channelCannotStart" });
    expect((await testDb().message.findUniqueOrThrow({ where: { id: message.id } })).status).toBe("FAILED");
    expect(sends.map((s) => s.messageId)).toEqual([text.id]);

    await testDb().channel.update({ where: { id: w.channel.id }, data: { mode: "ACTIVE", canStartConversations: true } });
    await expect(retry(await actorOf(testDb(), w.users.ana), message.id)).resolves.toEqual({ retried: true });
    expect(sends.map((s) => s.messageId)).toEqual([text.id, message.id]);
  });
});
