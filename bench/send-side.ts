// The send side alone (issue 11, target 4 without its queueing half): N messages already QUEUED
// across the 20 channels, written set-based as a campaign will queue them (message, conversation's
// last-message line, the lead's MESSAGE_SENT line), then their first-send events emitted in bulk
// through the app's own jobs port (same event names, payloads and ids as queueOutboundMessage's, the
// same Inngest client and local executor). Timed from the first event to the last message the
// sandbox accepted; the sandbox's log is checked as in the sends phase (channel windows, pair limit,
// exactly once). CPU per message is read from /proc for every process a send crosses: unlike
// msg/s, other helpers' work on the same 2 cores barely moves it.
import { inngestJobs } from "../server/jobs/inngest-jobs";
import { rawQuery, type Db } from "../server/db";
import { countRowWrites, countSendCpu, type BenchApp } from "./send-cpu";
import { reportSendProfile } from "./send-profile";
import { seedSendWorld, type SendWorld } from "./send-world";
import { CHANNEL_MPS, DEADLINE_S, markOf, readBack, reportSends, sandboxJson } from "./sends";
import { ms, summarize } from "./stats";
import type { BenchTable } from "./table";

const LABEL = "send side only";
// Events per request to the executor: what one set-based queueing statement would hand over.
const EVENTS_PER_SEND = 1_000;

type Seeded = { ids: string[]; channelOf: string[] };

/** The plan's messages as queueOutboundMessage leaves them, in three statements. */
async function seedQueued(db: Db, world: SendWorld, run: string): Promise<Seeded> {
  const channelIdOf = new Map(world.channels.map((channel) => [channel.phoneNumberId, channel.id]));
  const ids = world.plan.map((_, i) => `ss${run}m${i}`);
  const bodies = world.plan.map((_, i) => `Olá! Segue a tabela de preços atualizada ${markOf(run, i)}.`);
  // One millisecond apart, in plan order: a lead's messages keep the order they were queued in.
  const base = Date.now() - world.plan.length;
  const createdAt = world.plan.map((_, i) => new Date(base + i).toISOString());
  const conversations = world.plan.map((send) => send.conversationId);
  await rawQuery(
    db,
    `INSERT INTO "Message" (id, "conversationId", direction, type, body, status, "senderId", "clientRequestId", "createdAt", "updatedAt")
     SELECT m.id, m.conv, 'OUTBOUND', 'TEXT', m.body, 'QUEUED', $5, 'bench-' || m.id, m.at, now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) AS m(id, conv, body, at)`,
    [ids, conversations, bodies, createdAt, world.actor.id],
  );
  await rawQuery(
    db,
    `UPDATE "Conversation" c SET "lastMessageAt" = l.at, "lastMessageType" = 'TEXT', "lastMessagePreview" = l.body,
       "lastMessageDirection" = 'OUTBOUND', "lastMessageStatus" = 'QUEUED', "updatedAt" = now()
     FROM (SELECT DISTINCT ON (conv) conv, at, body FROM unnest($1::text[], $2::timestamptz[], $3::text[]) AS m(conv, at, body) ORDER BY conv, at DESC) l
     WHERE c.id = l.conv`,
    [conversations, createdAt, bodies],
  );
  await rawQuery(
    db,
    `INSERT INTO "LeadEvent" (id, "leadId", "conversationId", "messageId", "actorId", type, "createdAt")
     SELECT gen_random_uuid()::text, c."leadId", c.id, m.id, $3, 'MESSAGE_SENT', m.at
     FROM unnest($1::text[], $2::text[], $4::timestamptz[]) AS m(id, conv, at) JOIN "Conversation" c ON c.id = m.conv`,
    [ids, conversations, world.actor.id, createdAt],
  );
  return { ids, channelOf: world.plan.map((send) => channelIdOf.get(send.phoneNumberId)!) };
}

async function emitAll(seeded: Seeded) {
  const emitMs: number[] = [];
  for (let from = 0; from < seeded.ids.length; from += EVENTS_PER_SEND) {
    const sends = seeded.ids.slice(from, from + EVENTS_PER_SEND).map((messageId, i) => ({ messageId, channelId: seeded.channelOf[from + i]! }));
    const start = performance.now();
    await inngestJobs.requestSends(sends);
    emitMs.push(performance.now() - start);
  }
  return summarize(emitMs);
}

// Cheap for the database (its CPU is measured too): the broker's QUEUED messages, twice a second.
// The sent rate is read from the sandbox's own times, so this only bounds the CPU window.
async function waitUntilSent(db: Db, senderId: string, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    const [row] = await rawQuery<{ n: number }>(db, `SELECT count(*)::int AS n FROM "Message" WHERE "senderId" = $1 AND status = 'QUEUED'`, [senderId]);
    if ((row?.n ?? 0) === 0) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

export async function benchSendSide(db: Db, app: BenchApp, sandboxUrl: string, count: number, table: BenchTable) {
  const world = await seedSendWorld(db, sandboxUrl, count, CHANNEL_MPS);
  const run = Date.now().toString(36);
  const seeded = await seedQueued(db, world, run);
  // Status webhooks off: they would measure webhook ingest (its own phase) again.
  await sandboxJson(`${sandboxUrl}/_sandbox/config`, { method: "POST", body: { webhooks: false, webhookBatchMs: 0 } });
  try {
    const writes = await countRowWrites(db);
    const cpu = await countSendCpu(db, app);
    const startedAt = Date.now();
    const emitted = await emitAll(seeded);
    const allSent = await waitUntilSent(db, world.actor.id, Date.now() + DEADLINE_S * 1000);
    const reportCpu = await cpu.stop();
    const reportWrites = await writes.stop();
    const back = await readBack(db, sandboxUrl, world, startedAt);
    const sentCount = back.requests.filter((send) => send.accepted).length;
    reportSends(table, world, { run, queueStart: startedAt, queuedAt: world.plan.map(() => startedAt), from: "first event" }, back, allSent, LABEL);
    reportCpu(table, LABEL, sentCount, `emit ${Math.ceil(count / EVENTS_PER_SEND)} × ${EVENTS_PER_SEND} events, p50 ${ms(emitted.p50)}; `);
    reportWrites(table, LABEL, sentCount);
    await reportSendProfile(db, startedAt, table, LABEL);
  } finally {
    await sandboxJson(`${sandboxUrl}/_sandbox/config`, { method: "POST", body: { webhooks: true, webhookBatchMs: 0 } });
  }
}
