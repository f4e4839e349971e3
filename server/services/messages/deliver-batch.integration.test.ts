import { describe, expect, it, vi } from "vitest";
import { queueMessage, queueTemplate, sendScene } from "@/test/inngest/send-scene";
import { sandboxForThisFile, type SentRecord } from "@/test/inngest/test-sandbox";
import { seedLead } from "@/prisma/seed/leads";
import { PAIR_BURST, PAIR_INTERVAL_MS, THROUGHPUT_HEADROOM } from "@/server/services/rate-limit/send-slots";
import { testDb } from "@/test/db";
import { deliverMessage, initialDeliveryState } from "./deliver-message";
import { deliverBatchRound, pendingSends, type PendingSend } from "./deliver-batch";
import { MAX_FAILED_ATTEMPTS } from "./send-verdict";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

// The sandbox refuses (130429) anything above this rate on a number, so any excess shows up.
const RATE = 10;
const db = () => testDb();
const sandbox = sandboxForThisFile({ rateLimitMps: RATE });

/** A channel at RATE msg/s with `count` leads, each with one template queued (no 24 h window needed). */
async function batchOf(count: number) {
  const scene = await sendScene(db(), sandbox, { throughputMps: RATE });
  const messages = [];
  for (let i = 0; i < count; i++) {
    const conversation = i === 0 ? scene.conversation : await scene.conversationWith((await seedLead(db())).id);
    messages.push(await queueTemplate(db(), { ...scene, conversation }));
  }
  return { scene, messages, ids: messages.map((m) => m.id) };
}

const stored = (ids: string[]) => db().message.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });
const accepted = (phoneNumberId: string) => sandbox.sent(phoneNumberId, { accepted: true });
// Every window [t, t + 1 s) that starts at a request, as the sandbox timed their arrival.
const busiestSecond = (sent: SentRecord[]) => {
  const times = sent.map((s) => s.receivedAt).sort((a, b) => a - b);
  return Math.max(0, ...times.map((t, i) => times.slice(i).filter((u) => u < t + 1000).length));
};
/** The next round as the run would start it after its durable sleep. */
const afterSleep = (pending: PendingSend[]) => pending.map((p) => ({ ...p, notBefore: Date.now() }));

/**
 * Rounds as the run makes them, its durable sleeps skipped, until only the pending that `keep`
 * holds back are left. On a loaded machine a call can start too late for its slot and is booked
 * again in the next round, so a test of what a batch ends up doing looks past its first round.
 */
async function rounds(pending: PendingSend[], keep: (p: PendingSend) => boolean = () => false) {
  const done = { sent: [] as string[], failed: [] as string[], skipped: [] as string[], pending };
  for (let i = 0; i < 10 && !done.pending.every(keep); i++) {
    const round = await deliverBatchRound(db(), done.pending.map((p) => (keep(p) ? p : { ...p, notBefore: Date.now() })));
    done.sent.push(...round.sent);
    done.failed.push(...round.failed);
    done.skipped.push(...round.skipped);
    done.pending = round.pending;
  }
  return done;
}

describe("deliverBatchRound (message/send-batch)", () => {
  it("sends every message of a batch once: wamid, SENT, history line and ticks, recorded set-based", async () => {
    const { scene, ids } = await batchOf(5);
    // The lead page writes TEMPLATE_SENT when it queues a template: that line is not written twice.
    await db().leadEvent.create({ data: { leadId: scene.lead.id, conversationId: scene.conversation.id, messageId: ids[0], type: "TEMPLATE_SENT" } });
    const done = await rounds(pendingSends(ids));
    expect(done).toMatchObject({ failed: [], skipped: [], pending: [] });
    expect(new Set(done.sent)).toEqual(new Set(ids));

    const sent = await accepted(scene.channel.phoneNumberId);
    expect(sent).toHaveLength(5);
    const rows = await stored(ids);
    expect(rows.every((m) => m.status === "SENT" && m.sentAt instanceof Date && m.sendClaimId === null)).toBe(true);
    expect(new Set(rows.map((m) => m.wamid))).toEqual(new Set(sent.map((s) => s.wamid)));
    const history = await db().leadEvent.findMany({ where: { messageId: { in: ids } } });
    expect(history.map((e) => e.type)).toEqual(Array(5).fill("TEMPLATE_SENT"));
    expect((await db().conversation.findUniqueOrThrow({ where: { id: scene.conversation.id } })).lastMessageStatus).toBe("SENT");

    // The same batch again (a repeated event, a retried round): nothing goes out twice.
    const again = await deliverBatchRound(db(), pendingSends(ids));
    expect(again).toMatchObject({ sent: [], pending: [] });
    expect(new Set(again.skipped)).toEqual(new Set(ids));
    expect(await accepted(scene.channel.phoneNumberId)).toHaveLength(5);
  });

  it("sends each message exactly once when two runs and message/send take the same messages at once", async () => {
    const { scene, ids } = await batchOf(12);
    const [first, second, single] = await Promise.all([
      deliverBatchRound(db(), pendingSends(ids)),
      deliverBatchRound(db(), pendingSends(ids)),
      deliverMessage(db(), ids[5]!, initialDeliveryState),
    ]);
    const sentBySingle = single.kind === "sent" ? [ids[5]!] : [];
    const sentAtOnce = [...first.sent, ...second.sent, ...sentBySingle];
    // No message was sent by two of them.
    expect(new Set(sentAtOnce).size).toBe(sentAtOnce.length);
    // What one could not send now (claimed by another, the channel booked ahead, a late slot) comes
    // back later, and a later round finds sent what the others sent.
    const later = [...first.pending, ...second.pending];
    if (single.kind === "wait") later.push(...pendingSends([ids[5]!]));
    const rest = await rounds(later);
    expect([...sentAtOnce, ...rest.sent].sort()).toEqual([...ids].sort());

    const sent = await accepted(scene.channel.phoneNumberId);
    expect(sent).toHaveLength(12);
    const rows = await stored(ids);
    expect(rows.every((m) => m.status === "SENT")).toBe(true);
    expect(new Set(sent.map((s) => s.wamid))).toEqual(new Set(rows.map((m) => m.wamid)));
  }, 30_000);

  it(`keeps two batches of one channel together under its rate (${RATE} msg/s): no 1-s window over it, none refused`, async () => {
    const scene = await sendScene(db(), sandbox, { throughputMps: RATE });
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) {
      const conversation = await scene.conversationWith((await seedLead(db())).id);
      ids.push((await queueTemplate(db(), { ...scene, conversation })).id);
    }
    const started = Date.now();
    const [a, b] = await Promise.all([rounds(pendingSends(ids.slice(0, 12))), rounds(pendingSends(ids.slice(12)))]);
    expect([...a.sent, ...b.sent].sort()).toEqual([...ids].sort());

    const all = await sandbox.sent(scene.channel.phoneNumberId);
    expect(all.filter((s) => !s.accepted)).toEqual([]);
    expect(all).toHaveLength(24);
    expect(busiestSecond(all)).toBeLessThanOrEqual(RATE);
    // Paced, not trickled: 24 at 90 % of 10/s take about 2.6 s.
    const spread = Math.max(...all.map((s) => s.receivedAt)) - started;
    expect(spread).toBeGreaterThan((1000 * 22) / (RATE * THROUGHPUT_HEADROOM) - 500);
  }, 30_000);

  it("fails the message Meta refuses for good (131047) and sends the others of the batch", async () => {
    const scene = await sendScene(db(), sandbox, { throughputMps: RATE });
    const open = await seedLead(db());
    await sandbox.leadWrites(open.phoneE164!, scene.channel.phoneNumberId);
    const openConversation = await scene.conversationWith(open.id);
    const before = await queueMessage(db(), { ...scene, conversation: openConversation }, { body: "Segue o endereço do decorado" });
    // The scene's own lead never wrote: free text to them is refused with 131047.
    const closed = await queueMessage(db(), scene, { body: "Oi, ainda tem interesse?" });
    const after = await queueTemplate(db(), scene);

    const done = await rounds(pendingSends([before.id, closed.id, after.id]));
    expect(done.failed).toEqual([closed.id]);
    expect(new Set(done.sent)).toEqual(new Set([before.id, after.id]));
    expect(done.pending).toEqual([]);
    const [x, y, z] = await stored([before.id, closed.id, after.id]);
    expect(x).toMatchObject({ status: "SENT" });
    expect(y).toMatchObject({ status: "FAILED", errorCode: 131047, wamid: null, sendClaimId: null });
    expect(z).toMatchObject({ status: "SENT" });
    const history = await db().leadEvent.findMany({ where: { messageId: closed.id } });
    expect(history.map((e) => e.type)).toEqual(["MESSAGE_FAILED"]);
  });

  it("keeps a message refused for throughput (130429) for a later round with the problem noted, and sends the rest", async () => {
    const { scene, ids } = await batchOf(4);
    await sandbox.failNext(scene.channel.phoneNumberId, 130429);
    const first = await rounds(pendingSends(ids), (p) => p.failedAttempts > 0);
    expect(first.sent).toHaveLength(3);
    expect(first.pending).toHaveLength(1);
    const [held] = first.pending;
    expect(held).toMatchObject({ failedAttempts: 1, pairLimitHits: 0 });
    expect(held!.notBefore - Date.now()).toBeLessThanOrEqual(1_000);
    expect(await db().message.findUniqueOrThrow({ where: { id: held!.id } })).toMatchObject({ status: "QUEUED", errorCode: 130429, sendClaimId: null });

    const next = await rounds(afterSleep(first.pending));
    expect(next.sent).toEqual([held!.id]);
    expect(await db().message.findUniqueOrThrow({ where: { id: held!.id } })).toMatchObject({ status: "SENT", errorCode: null, errorTitle: null });
    expect(await accepted(scene.channel.phoneNumberId)).toHaveLength(4);
  });

  it("fails a message with Meta's last problem once its tries are used up", async () => {
    const { scene, ids } = await batchOf(1);
    await sandbox.failNext(scene.channel.phoneNumberId, 130429);
    const last = pendingSends(ids).map((p) => ({ ...p, failedAttempts: MAX_FAILED_ATTEMPTS - 1 }));
    const done = await rounds(last);
    expect(done).toMatchObject({ failed: ids, pending: [] });
    expect(await db().message.findUniqueOrThrow({ where: { id: ids[0] } })).toMatchObject({ status: "FAILED", errorCode: 130429 });
  });

  it("backs off a message Meta refuses for the pair limit (131056) 6 s, then sends it", async () => {
    const { scene, ids } = await batchOf(2);
    await sandbox.failNext(scene.channel.phoneNumberId, 131056);
    const first = await rounds(pendingSends(ids), (p) => p.pairLimitHits > 0);
    expect(first.sent).toHaveLength(1);
    const [held] = first.pending;
    expect(held).toMatchObject({ pairLimitHits: 1, failedAttempts: 0 });
    expect(held!.notBefore - Date.now()).toBeGreaterThan(4_000);
    expect(held!.notBefore - Date.now()).toBeLessThanOrEqual(6_000);
    const next = await rounds(afterSleep(first.pending));
    expect(next.sent).toEqual([held!.id]);
    expect(await accepted(scene.channel.phoneNumberId)).toHaveLength(2);
  });

  it(`lets a burst of ${PAIR_BURST} reach one lead, then keeps the rest for the lead's next slots (1 per 6 s)`, async () => {
    const scene = await sendScene(db(), sandbox, { throughputMps: RATE });
    const ids: string[] = [];
    for (let i = 0; i < PAIR_BURST + 2; i++) ids.push((await queueTemplate(db(), scene)).id);
    const waitingForLead = (p: PendingSend) => (p.leadReadyAt ?? 0) > Date.now() + 1_000;
    const done = await rounds(pendingSends(ids), waitingForLead);
    expect(done.sent).toEqual(ids.slice(0, PAIR_BURST));
    expect(done.pending.map((p) => p.id)).toEqual(ids.slice(PAIR_BURST));
    const [eleventh, twelfth] = done.pending;
    expect(eleventh!.notBefore).toBe(eleventh!.leadReadyAt);
    expect(eleventh!.notBefore - Date.now()).toBeGreaterThan(PAIR_INTERVAL_MS - 3_000);
    expect(twelfth!.notBefore - eleventh!.notBefore).toBeGreaterThan(PAIR_INTERVAL_MS - 100);
    // In the order they were queued, as the sandbox received them.
    const sent = await accepted(scene.channel.phoneNumberId);
    const order = (await stored(ids.slice(0, PAIR_BURST))).map((m) => m.wamid);
    expect(sent.map((s) => s.wamid)).toEqual(order);
  }, 30_000);
});
