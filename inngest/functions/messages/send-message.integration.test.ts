import { describe, expect, it, vi } from "vitest";
import { messageSendRequested } from "@/inngest/events";
import { runFunction } from "@/test/inngest/test-engine";
import { queueMessage, queueTemplate, sendScene } from "@/test/inngest/send-scene";
import { sandboxForThisFile } from "@/test/inngest/test-sandbox";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { seedLead } from "@/prisma/seed/leads";
import { publish } from "@/server/realtime/publish";
import { abandonMessage } from "@/server/services/messages/abandon-message";
import { claimForSend } from "@/server/services/messages/send-claim";
import { MAX_INLINE_WAIT_MS, PAIR_BURST, PAIR_INTERVAL_MS } from "@/server/services/rate-limit/send-slots";
import { testDb } from "@/test/db";
import { sendMessage } from "./send-message";
import { failureText } from "@/app/_i18n/stored-texts";
import { failureView } from "@/server/i18n/failure-view";
import { translator } from "@/test/translator";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const db = () => testDb();
const sandbox = sandboxForThisFile();

const send = (messageId: string) => runFunction(sendMessage, { name: messageSendRequested.name, data: { messageId } });
const pushedFor = (messageId: string) =>
  vi.mocked(publish).mock.calls.flatMap(([pushes]) => pushes).filter((push) => "messageId" in push.event.data && push.event.data.messageId === messageId);

describe("message/send", () => {
  it("sends a queued template once: wamid, SENT, history line, ticks and a push", async () => {
    const scene = await sendScene(db(), sandbox);
    const message = await queueTemplate(db(), scene);

    const first = await send(message.id);
    expect(first.result).toMatchObject({ kind: "sent" });
    const accepted = await sandbox.sent(scene.channel.phoneNumberId, { accepted: true });
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ type: "template", to: scene.lead.waId });

    const stored = await db().message.findUniqueOrThrow({ where: { id: message.id } });
    expect(stored).toMatchObject({ status: "SENT", wamid: accepted[0]?.wamid, errorCode: null });
    expect(stored.sentAt).toBeInstanceOf(Date);
    expect((await db().conversation.findUniqueOrThrow({ where: { id: scene.conversation.id } })).lastMessageStatus).toBe("SENT");
    const history = await db().leadEvent.findMany({ where: { leadId: scene.lead.id, messageId: message.id } });
    expect(history.map((e) => e.type)).toEqual(["TEMPLATE_SENT"]);
    expect(pushedFor(message.id)).toContainEqual(expect.objectContaining({ event: expect.objectContaining({ name: "message.updated", data: expect.objectContaining({ status: "SENT" }) }) }));

    // The same event again (a retry after a timeout, a duplicated event): nothing is sent twice.
    const again = await send(message.id);
    expect(again.result).toEqual({ kind: "skipped", reason: "not-queued" });
    expect(await sandbox.sent(scene.channel.phoneNumberId)).toHaveLength(1);
  });

  it("fails a text at once when Meta says the 24 h window is closed (131047), with the reason in pt-BR", async () => {
    const scene = await sendScene(db(), sandbox);
    const message = await queueMessage(db(), scene, { body: "Oi, ainda tem interesse?" });

    const { error } = await send(message.id);
    expect(error).toMatchObject({ name: "NonRetriableError" });
    const stored = await db().message.findUniqueOrThrow({ where: { id: message.id } });
    expect(stored).toMatchObject({ status: "FAILED", errorCode: 131047, wamid: null });
    expect(failureText(translator("pt-BR"), failureView(stored)).title).toContain("A janela de 24 horas está fechada");
    expect(stored.failedAt).toBeInstanceOf(Date);
    const history = await db().leadEvent.findMany({ where: { leadId: scene.lead.id, messageId: message.id } });
    expect(history.map((e) => e.type)).toEqual(["MESSAGE_FAILED"]);
    expect((await db().conversation.findUniqueOrThrow({ where: { id: scene.conversation.id } })).lastMessageStatus).toBe("FAILED");
  });

  it("throws a throughput refusal (130429) for a retry after a pause, keeping the reason on the queued message", async () => {
    const scene = await sendScene(db(), sandbox);
    const message = await queueTemplate(db(), scene);
    await sandbox.failNext(scene.channel.phoneNumberId, 130429);

    const { error } = await send(message.id);
    expect(error).toMatchObject({ name: "RetryAfterError" });
    expect(await db().message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "QUEUED", errorCode: 130429, wamid: null });

    const retried = await send(message.id);
    expect(retried.result).toMatchObject({ kind: "sent" });
    expect(await db().message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "SENT", errorCode: null, errorTitle: null });
  });

  it("backs off and tries again when Meta answers the pair limit (131056)", async () => {
    const scene = await sendScene(db(), sandbox);
    const message = await queueTemplate(db(), scene);
    await sandbox.failNext(scene.channel.phoneNumberId, 131056);

    const { result, sleeps } = await send(message.id);
    expect(sleeps).toEqual([{ id: "wait-for-pair-limit", duration: 6_000 }]);
    expect(result).toMatchObject({ kind: "sent" });
    expect(await sandbox.sent(scene.channel.phoneNumberId, { accepted: true })).toHaveLength(1);
  });

  it("lets a short burst reach one lead and then waits for the lead's next slot (1 per 6 s)", async () => {
    const scene = await sendScene(db(), sandbox);
    const messages = [];
    for (let i = 0; i <= PAIR_BURST; i++) messages.push(await queueTemplate(db(), scene));
    const runs = [];
    for (const message of messages) runs.push(await send(message.id));
    expect(runs.slice(0, PAIR_BURST).every((run) => run.sleeps.length === 0)).toBe(true);
    const last = runs.at(-1)!;
    expect(last.sleeps).toHaveLength(1);
    expect(last.sleeps[0]).toMatchObject({ id: "wait-for-lead-slot" });
    // Durable (past the inline limit) and at most one pair interval, less the time the burst took.
    expect(last.sleeps[0]!.duration).toBeGreaterThan(MAX_INLINE_WAIT_MS);
    expect(last.sleeps[0]!.duration).toBeLessThanOrEqual(PAIR_INTERVAL_MS);
    expect(last.result).toMatchObject({ kind: "sent" });
    expect(await sandbox.sent(scene.channel.phoneNumberId, { accepted: true })).toHaveLength(PAIR_BURST + 1);
  });

  it("uploads a development's material once per channel and reuses Meta's media id", async () => {
    const scene = await sendScene(db(), sandbox);
    await sandbox.leadWrites(scene.lead.phoneE164!, scene.channel.phoneNumberId);
    const development = await seedDevelopment(db());
    const photo = development.media.find((m) => m.mimeType === "image/png")!;
    const first = await queueMessage(db(), scene, { type: "IMAGE", body: "Fachada", mediaAssetId: photo.id });
    const firstRun = await send(first.id);
    expect(firstRun.error).toBeUndefined();
    expect(firstRun.result).toMatchObject({ kind: "sent" });
    const upload = await db().channelMediaUpload.findUniqueOrThrow({ where: { channelId_mediaAssetId: { channelId: scene.channel.id, mediaAssetId: photo.id } } });
    expect(upload.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3_600_000);

    const otherLead = await seedLead(db());
    await sandbox.leadWrites(otherLead.phoneE164!, scene.channel.phoneNumberId);
    const other = await scene.conversationWith(otherLead.id);
    const second = await queueMessage(db(), { ...scene, conversation: other }, { type: "IMAGE", body: "Fachada", mediaAssetId: photo.id });
    expect((await send(second.id)).result).toMatchObject({ kind: "sent" });
    const wamids = await db().message.findMany({ where: { id: { in: [first.id, second.id] } }, select: { wamid: true } });
    const mediaIds = wamids.map((m) => sandbox.context.store.getMessage(m.wamid!)?.media?.id);
    expect(mediaIds).toEqual([upload.metaMediaId, upload.metaMediaId]);
    const uploads = await db().channelMediaUpload.count({ where: { channelId: scene.channel.id } });
    expect(uploads).toBe(1);
  });

  it("sends a material under its file name as given, accents and all (issue 12)", async () => {
    const scene = await sendScene(db(), sandbox);
    await sandbox.leadWrites(scene.lead.phoneE164!, scene.channel.phoneNumberId);
    const development = await seedDevelopment(db());
    const prices = development.media.find((m) => m.kind === "PRICE_TABLE")!;
    expect(prices.fileName).toBe("tabela-de-preços.pdf");
    const queued = await queueMessage(db(), scene, { type: "DOCUMENT", body: "Segue a tabela", mediaAssetId: prices.id });
    expect((await send(queued.id)).result).toMatchObject({ kind: "sent" });
    const { wamid } = await db().message.findUniqueOrThrow({ where: { id: queued.id } });
    const received = sandbox.context.store.getMessage(wamid!);
    expect(received?.media?.filename).toBe("tabela-de-preços.pdf");
    // The uploaded file keeps the name too, and the sandbox serves it with it.
    const served = await fetch(`${sandbox.url}/_sandbox/media/${received?.media?.id}`);
    expect(served.headers.get("content-disposition")).toContain("filename*=UTF-8''tabela-de-pre%C3%A7os.pdf");
  });

  it("fails without calling Meta when the channel is disabled", async () => {
    const scene = await sendScene(db(), sandbox);
    await db().channel.update({ where: { id: scene.channel.id }, data: { enabled: false } });
    const message = await queueTemplate(db(), scene);
    const { error } = await send(message.id);
    expect(error).toMatchObject({ name: "NonRetriableError" });
    expect(await db().message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "FAILED", errorCode: null, errorTitle: null, failureReason: "channelDisabled" });
    expect(await sandbox.sent(scene.channel.phoneNumberId)).toHaveLength(0);
  });
});

describe("abandonMessage (message/send's onFailure)", () => {
  it("fails a message still queued with the last problem Meta reported, or a generic reason", async () => {
    const scene = await sendScene(db(), sandbox);
    const throttled = await queueTemplate(db(), scene);
    await db().message.update({ where: { id: throttled.id }, data: { errorCode: 130429, errorTitle: "Rate limit hit" } });
    const silent = await queueTemplate(db(), scene);

    expect(await abandonMessage(db(), throttled.id)).toBe(true);
    expect(await abandonMessage(db(), silent.id)).toBe(true);
    expect(await abandonMessage(db(), silent.id)).toBe(false);
    const [a, b] = await Promise.all([throttled, silent].map((m) => db().message.findUniqueOrThrow({ where: { id: m.id } })));
    expect(a).toMatchObject({ status: "FAILED", errorCode: 130429 });
    expect(a).toMatchObject({ errorTitle: "Rate limit hit", failureReason: null });
    expect(failureText(translator("pt-BR"), failureView(a!)).title).toBe("Limite de envio do número atingido");
    expect(b).toMatchObject({ status: "FAILED", errorCode: null, errorTitle: null, failureReason: "gaveUp" });
    expect(failureText(translator("pt-BR"), failureView(b!)).title).toBe("Não foi possível enviar a mensagem");
  });

  it("leaves a message another attempt has claimed (it may be sending it now), and fails it once the claim has lapsed", async () => {
    const scene = await sendScene(db(), sandbox);
    const held = await queueTemplate(db(), scene);
    expect(await claimForSend(db(), [held.id], "another-run")).toEqual(new Set([held.id]));
    expect(await abandonMessage(db(), held.id)).toBe(false);
    expect(await db().message.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({ status: "QUEUED" });

    await db().message.update({ where: { id: held.id }, data: { sendClaimedUntil: new Date(Date.now() - 1_000) } });
    expect(await abandonMessage(db(), held.id)).toBe(true);
    expect(await db().message.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({ status: "FAILED", failureReason: "gaveUp", sendClaimId: null });
  });
});

