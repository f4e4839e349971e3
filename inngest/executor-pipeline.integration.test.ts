import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { waitFor } from "@/test/inngest/executor-harness";
import type { RunDetail } from "@/dev/inngest/store/inspection";
import { templateSubmitRequested } from "@/inngest/events";
import { startPipeline, type Pipeline } from "@/test/inngest/pipeline";
import { queueMessage, queueTemplate, sendScene, uniqueId } from "@/test/inngest/send-scene";
import { seedTemplate } from "@/prisma/seed/channels";
import { seedLead } from "@/prisma/seed/leads";
import { seedUser } from "@/prisma/seed/users";
import type { Db } from "@/server/db";
import { createJobs, inngestJobs } from "@/server/jobs/inngest-jobs";
import { failureText } from "@/app/_i18n/stored-texts";
import { failureView } from "@/server/i18n/failure-view";
import { translator } from "@/test/translator";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

const HOUR = 3_600_000;
const RATE = 20;
let pipeline: Pipeline;
let db: Db;

beforeAll(async () => {
  // The sandbox refuses (130429) anything above the channel's rate: the test sees any excess.
  pipeline = await startPipeline({ sandbox: { rateLimitMps: RATE, templateReviewDelayMs: 300 } });
  db = (await import("@/server/db")).getDb();
}, 120_000);
afterAll(async () => {
  await pipeline?.close();
});

// The jobs port the services use, sending through the pipeline's client.
const jobs = () => createJobs((events) => pipeline.inngest.send(events));
const requestSends = (messages: { id: string }[], channelId: string) => jobs().requestSends(messages.map((m) => ({ messageId: m.id, channelId })));

/** The run of `fn` started by an event whose data matches, once `ready`. */
async function runFor(fn: string, data: Record<string, unknown>, ready: (run: RunDetail) => boolean, timeoutMs = 20_000): Promise<RunDetail> {
  return waitFor(
    `a run of ${fn} for ${JSON.stringify(data)}`,
    async () => {
      const runs = await pipeline.api.runs(fn);
      const run = runs.find((r) => Object.entries(data).every(([k, v]) => r.event.data[k] === v));
      if (!run) return undefined;
      const detail = await pipeline.api.run(run.id);
      return ready(detail) ? detail : undefined;
    },
    timeoutMs,
  );
}

const messageStatus = (id: string) => db.message.findUniqueOrThrow({ where: { id } });

describe("message/send through the local executor, the app's route and the sandbox", () => {
  it("sends exactly once a first send Meta refuses twice for throughput (130429), in a message/send-batch run", async () => {
    const scene = await sendScene(db, pipeline.sandbox);
    const message = await queueTemplate(db, scene);
    await pipeline.sandbox.failNext(scene.channel.phoneNumberId, 130429, 2);
    await requestSends([message], scene.channel.id);

    const run = await runFor("message-send-batch", { messageId: message.id }, (r) => r.status !== "RUNNING");
    expect(run.status).toBe("COMPLETED");
    expect(run.output).toEqual({ sent: 1, failed: 0, skipped: 0 });
    const sent = await pipeline.sandbox.sent(scene.channel.phoneNumberId);
    expect(sent.map((s) => [s.accepted, s.errorCode ?? null])).toEqual([
      [false, 130429],
      [false, 130429],
      [true, null],
    ]);
    expect(await messageStatus(message.id)).toMatchObject({ status: "SENT", wamid: sent[2]?.wamid, errorCode: null });
  }, 30_000);

  it("retries through message/send exactly once after Meta refuses twice for throughput (130429)", async () => {
    const scene = await sendScene(db, pipeline.sandbox);
    const message = await queueTemplate(db, scene);
    await pipeline.sandbox.failNext(scene.channel.phoneNumberId, 130429, 2);
    await jobs().retrySend(message.id, new Date());

    const run = await runFor("message-send", { messageId: message.id }, (r) => r.status !== "RUNNING");
    expect(run.status).toBe("COMPLETED");
    const sent = await pipeline.sandbox.sent(scene.channel.phoneNumberId);
    expect(sent.map((s) => [s.accepted, s.errorCode ?? null])).toEqual([
      [false, 130429],
      [false, 130429],
      [true, null],
    ]);
    expect(await messageStatus(message.id)).toMatchObject({ status: "SENT", wamid: sent[2]?.wamid, errorCode: null });
  }, 30_000);

  it("fails a first send at once, without retrying, when Meta says the 24 h window is closed (131047)", async () => {
    const scene = await sendScene(db, pipeline.sandbox);
    const message = await queueMessage(db, scene, { body: "Oi! Conseguiu ver a proposta?" });
    await requestSends([message], scene.channel.id);

    const run = await runFor("message-send-batch", { messageId: message.id }, (r) => r.status !== "RUNNING");
    expect(run.status).toBe("COMPLETED");
    expect(run.output).toEqual({ sent: 0, failed: 1, skipped: 0 });
    expect(run.history.filter((h) => h.kind === "request.retry" || h.kind === "step.errored" || h.kind === "step.sleeping")).toEqual([]);
    const stored = await messageStatus(message.id);
    expect(stored).toMatchObject({ status: "FAILED", errorCode: 131047, wamid: null });
    expect(failureText(translator("pt-BR"), failureView(stored)).title).toBe("A janela de 24 horas está fechada: envie um template aprovado");
    expect(await pipeline.sandbox.sent(scene.channel.phoneNumberId, { accepted: true })).toEqual([]);
  }, 30_000);

  it(`delivers 200 messages to a channel limited to ${RATE} msg/s: none lost or doubled, no second above the limit`, async () => {
    const scene = await sendScene(db, pipeline.sandbox, { throughputMps: RATE });
    const messages = [];
    for (let i = 0; i < 200; i++) {
      const lead = await seedLead(db);
      const conversation = await scene.conversationWith(lead.id);
      messages.push(await queueTemplate(db, { ...scene, conversation }, [lead.name ?? "Cliente", "Ana", "Residencial Jardins"]));
    }
    await requestSends(messages, scene.channel.id);

    const ids = messages.map((m) => m.id);
    await waitFor("200 messages SENT", async () => (await db.message.count({ where: { id: { in: ids }, status: "SENT" } })) === 200, 90_000);
    const sent = await pipeline.sandbox.sent(scene.channel.phoneNumberId);
    expect(sent.filter((s) => !s.accepted)).toEqual([]);
    expect(sent).toHaveLength(200);
    const wamids = (await db.message.findMany({ where: { id: { in: ids } }, select: { wamid: true } })).map((m) => m.wamid);
    expect(new Set(wamids).size).toBe(200);
    expect(new Set(sent.map((s) => s.wamid))).toEqual(new Set(wamids));

    // Every one-second window [t, t + 1 s) starting at a send, as the sandbox timed their arrival.
    const times = sent.map((s) => s.receivedAt).sort((a, b) => a - b);
    const busiest = Math.max(...times.map((t, i) => times.slice(i).filter((u) => u < t + 1000).length));
    expect(busiest).toBeLessThanOrEqual(RATE);
  }, 120_000);
});

describe("template/submit through the executor", () => {
  async function submittedDraft() {
    const scene = await sendScene(db, pipeline.sandbox);
    const admin = await seedUser(db, { profile: "admin" });
    const draft = await seedTemplate(db, { channelId: scene.channel.id, name: `ola_${uniqueId()}`, status: "DRAFT" });
    await db.messageTemplate.update({ where: { id: draft.id }, data: { submittedAt: new Date(), submittedById: admin.id } });
    await pipeline.inngest.send(templateSubmitRequested.create({ templateId: draft.id, submittedById: admin.id }));
    return { scene, admin, draft };
  }
  const notified = (userId: string) => db.notification.findMany({ where: { userId, kind: "template.reviewed" } });

  it("is approved by Meta's webhook: the waiting run wakes on the decision event", async () => {
    const { admin, draft } = await submittedDraft();
    // The sandbox approves after 300 ms and posts the signed webhook; the webhook route stores it.
    await waitFor("the webhook's APPROVED", async () => (await db.messageTemplate.findUniqueOrThrow({ where: { id: draft.id } })).status === "APPROVED");
    await runFor("template-submit", { templateId: draft.id }, (r) => r.waits.length > 0 || r.status !== "RUNNING");
    // What the webhook route is asked to do after its commit (see schedule-follow-ups.ts).
    await inngestJobs.notifyTemplateDecided({ templateId: draft.id, status: "APPROVED" });

    const run = await runFor("template-submit", { templateId: draft.id }, (r) => r.status !== "RUNNING");
    expect(run.status).toBe("COMPLETED");
    expect(run.output).toMatchObject({ status: "APPROVED", final: true });
    expect(run.history.some((h) => h.kind === "step.wait_matched")).toBe(true);
    expect(await notified(admin.id)).toHaveLength(1);
  }, 30_000);

  it("is approved through polling when no webhook arrives", async () => {
    await pipeline.sandbox.configure({ webhooks: false });
    try {
      const { scene, admin, draft } = await submittedDraft();
      await runFor("template-submit", { templateId: draft.id }, (r) => r.waits.length > 0);
      await waitFor("Meta's decision", async () => pipeline.sandbox.context.store.listTemplates(scene.channel.wabaId)[0]?.status === "APPROVED");
      expect((await db.messageTemplate.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("PENDING");

      pipeline.advance(2 * 60_000 + 1_000);
      const run = await runFor("template-submit", { templateId: draft.id }, (r) => r.status !== "RUNNING");
      expect(run.output).toMatchObject({ status: "APPROVED", final: true });
      expect(run.history.some((h) => h.kind === "step.wait_timed_out")).toBe(true);
      expect((await db.messageTemplate.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("APPROVED");
      expect(await notified(admin.id)).toHaveLength(1);
    } finally {
      await pipeline.sandbox.configure({ webhooks: true });
    }
  }, 30_000);
});

describe("conversation/expire through the executor", () => {
  async function openConversation(windowExpiresAt: Date) {
    const scene = await sendScene(db, pipeline.sandbox);
    await db.conversation.update({ where: { id: scene.conversation.id }, data: { initiatedBy: "LEAD", windowExpiresAt, lastInboundAt: new Date() } });
    await inngestJobs.armWindowExpiries([{ conversationId: scene.conversation.id, windowExpiresAt }]);
    return scene.conversation.id;
  }
  const status = async (id: string) => (await db.conversation.findUniqueOrThrow({ where: { id } })).status;
  const sleeping = (r: RunDetail) => r.pending.some((p) => p.kind === "sleep");

  it("expires a conversation when its window ends (clock moved 24 h)", async () => {
    const id = await openConversation(new Date(pipeline.now() + 24 * HOUR));
    await runFor("conversation-expire", { conversationId: id }, sleeping);
    expect(await status(id)).toBe("OPEN");
    pipeline.advance(24 * HOUR + 60_000);
    await waitFor("EXPIRED", async () => (await status(id)) === "EXPIRED");
  }, 30_000);

  it("does not expire a conversation whose window a newer message moved", async () => {
    const first = new Date(pipeline.now() + HOUR);
    const id = await openConversation(first);
    const stale = await runFor("conversation-expire", { conversationId: id, windowExpiresAt: first.toISOString() }, sleeping);
    const later = new Date(pipeline.now() + 3 * HOUR);
    await db.conversation.update({ where: { id }, data: { windowExpiresAt: later } });
    await inngestJobs.armWindowExpiries([{ conversationId: id, windowExpiresAt: later }]);

    expect((await runFor("conversation-expire", { windowExpiresAt: first.toISOString() }, (r) => r.status !== "RUNNING")).id).toBe(stale.id);
    expect((await pipeline.api.run(stale.id)).status).toBe("CANCELLED");
    const current = await runFor("conversation-expire", { conversationId: id, windowExpiresAt: later.toISOString() }, sleeping);
    pipeline.advance(HOUR + 60_000);
    const movedAt = pipeline.now();
    // The 15-minute sweep fired by that jump has run: the executor has caught up with the old deadline.
    await waitFor("the sweep after the jump", async () =>
      (await pipeline.api.runs("conversation-expire-overdue", "completed")).some((r) => r.startedAt >= movedAt - 1_000),
    );
    // The old deadline passed: the conversation stays open while the new sleeper waits.
    expect((await pipeline.api.run(current.id)).status).toBe("RUNNING");
    expect(await status(id)).toBe("OPEN");
    pipeline.advance(2 * HOUR);
    await waitFor("EXPIRED at the new deadline", async () => (await status(id)) === "EXPIRED");
  }, 30_000);

  it("still closes on time when the executor is killed and restarted during the sleep", async () => {
    const id = await openConversation(new Date(pipeline.now() + 24 * HOUR));
    const run = await runFor("conversation-expire", { conversationId: id }, sleeping);
    await pipeline.restartExecutor();
    expect((await pipeline.api.run(run.id)).status).toBe("RUNNING");
    pipeline.advance(24 * HOUR + 60_000);
    await waitFor("EXPIRED after the restart", async () => (await status(id)) === "EXPIRED");
    expect((await runFor("conversation-expire", { conversationId: id }, (r) => r.status !== "RUNNING")).output).toEqual({ conversationId: id, result: "expired" });
  }, 30_000);
});
