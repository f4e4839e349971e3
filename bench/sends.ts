// Outbound sends through the real path, across 20 channels, to the WhatsApp sandbox. By default
// they come from 20 launch campaigns at once (campaigns.schedule's service, campaign/run queueing
// chunks, message/send-batch via the local executor and the app's /api/inngest): the realistic
// source of 1,000 msg/s. BENCH_SEND_SOURCE=replies queues them one by one as brokers' replies
// (queueOutboundMessage), ten at a time. Target (issue 11): ≥ 1,000 msg/s queued and sent,
// never above a channel's configured rate in any 1-s window nor Meta's 1 message / 6 s to one
// lead, each message sent exactly once. Measured, never asserted. Every check reads what the
// sandbox received (each message's text carries its own mark), never the app's own database.
import { defaultOutboundDeps, type OutboundDeps } from "../server/services/messages/outbound-deps";
import { queueOutboundMessage } from "../server/services/messages/queue-outbound-message";
import type { Db } from "../server/db";
import { bucketExcess, busiestGroup, busiestWindow, consecutiveGaps, countBy, groupTimes } from "./send-metrics";
import { countRowWrites, countSendCpu, type BenchApp } from "./send-cpu";
import { reportSendProfile } from "./send-profile";
import { scheduleCampaign } from "../server/services/campaigns/schedule-campaign";
import { seedCampaignSendWorld, type CampaignSendWorld } from "./campaign-send-world";
import { seedSendWorld, SEND_CHANNELS, type SendWorld } from "./send-world";
import { ms, summarize } from "./stats";
import type { BenchTable } from "./table";

const TARGET_PER_SECOND = 1_000;
// Meta's pair limit (DESIGN.md §4) as the product applies it (send-slots.ts): a burst of 10 to one
// lead, then one message per 6 s. Written out here so that the check does not move with the code.
const META_PAIR_INTERVAL_MS = 6_000;
const PAIR_BURST_ALLOWED = 10;
// Arrival jitter forgiven by the pair check: two sends booked 6 s apart may arrive a little closer.
const PAIR_JITTER_MS = 200;
export const CHANNEL_MPS = Number(process.env.BENCH_SEND_CHANNEL_MPS ?? 80);
// As many as the bench's database pool has connections (server/db.ts): more only queue for one,
// and an interactive transaction that waits over 2 s for a connection is refused.
const CONCURRENCY = Number(process.env.BENCH_SEND_CONCURRENCY ?? 10);
export const DEADLINE_S = Number(process.env.BENCH_SEND_DEADLINE ?? 120);
// Off by default: 3 status webhooks per message would measure webhook ingest (its own phase) again.
export const STATUSES = process.env.BENCH_SEND_STATUSES === "1";
const FROM_CAMPAIGNS = (process.env.BENCH_SEND_SOURCE ?? "campaigns") !== "replies";

type SandboxSend = { wamid?: string; phoneNumberId: string; to: string; receivedAt: number; accepted: boolean; errorCode?: number; text?: string };

const met = (ok: boolean) => (ok ? "met" : "NOT met");
const perSecond = (count: number, fromMs: number, toMs: number) => (toMs > fromMs ? (1000 * count) / (toMs - fromMs) : 0);
const pairKey = (phoneNumberId: string, to: string) => `${phoneNumberId}:${to.replace(/\D/g, "")}`;

export async function sandboxJson<T>(url: string, init?: { method: string; body: unknown }): Promise<T> {
  const response = await fetch(url, init && { method: init.method, headers: { "content-type": "application/json" }, body: JSON.stringify(init.body) });
  if (!response.ok) throw new Error(`${init?.method ?? "GET"} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The real jobs port and push, timed: what queueing spends outside the database. */
function timedDeps() {
  const eventMs: number[] = [];
  const pushMs: number[] = [];
  const timed = async <T>(samples: number[], call: () => Promise<T>) => {
    const start = performance.now();
    try {
      return await call();
    } finally {
      samples.push(performance.now() - start);
    }
  };
  const deps: OutboundDeps = {
    ...defaultOutboundDeps,
    jobs: { ...defaultOutboundDeps.jobs, requestSends: (ids) => timed(eventMs, () => defaultOutboundDeps.jobs.requestSends(ids)) },
    publish: (pushes) => timed(pushMs, () => defaultOutboundDeps.publish(pushes)),
  };
  return { deps, eventMs, pushMs };
}

// Each message's text carries "[run-index]", how the sandbox's log tells one message from another.
export const markOf = (run: string, index: number) => `[${run}-${index}]`;
const markPattern = (run: string) => new RegExp(`\\[${run}-(\\d+)\\]`);

async function queueAll(db: Db, world: SendWorld, run: string) {
  const { deps, eventMs, pushMs } = timedDeps();
  const refusals: string[] = [];
  const queuedAt: number[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < world.plan.length; i = next++) {
      const send = world.plan[i]!;
      queuedAt[i] = Date.now();
      await queueOutboundMessage(db, world.actor, {
        conversationId: send.conversationId,
        clientRequestId: `bench-send-${run}-${i}`,
        content: { kind: "text", body: `Olá! Segue a tabela de preços atualizada ${markOf(run, i)}.` },
      }, deps).catch((error: unknown) => refusals.push(error instanceof Error ? error.message : String(error)));
    }
  };
  const startedAt = Date.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { startedAt, endedAt: Date.now(), refusals, queuedAt, event: summarize(eventMs), push: summarize(pushMs) };
}

async function waitUntilSent(db: Db, senderId: string, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    if ((await db.message.count({ where: { senderId, status: "QUEUED" } })) === 0) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

// Sent once no recipient waits for its chunk and no message of theirs is still queued.
async function waitUntilCampaignsSent(db: Db, world: CampaignSendWorld, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    const [waiting] = await db.$queryRaw<{ recipients: bigint; messages: bigint }[]>`
      SELECT (SELECT count(*) FROM "CampaignRecipient" WHERE "campaignId" = ANY(${world.campaignIds}) AND status IN ('QUEUED', 'HELD')) AS recipients,
             (SELECT count(*) FROM "Message" WHERE "senderId" = ${world.actor.id} AND status = 'QUEUED') AS messages`;
    if (Number(waiting?.recipients) === 0 && Number(waiting?.messages) === 0) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/** Schedules the 20 campaigns at once; each message's queue time is read back once all are sent. */
async function queueByCampaigns(db: Db, world: CampaignSendWorld) {
  const startedAt = Date.now();
  await Promise.all(world.campaignIds.map((campaignId) => scheduleCampaign(db, world.actor, { campaignId })));
  return { startedAt, scheduledAt: Date.now() };
}

async function campaignQueueTimes(db: Db, world: CampaignSendWorld, run: string) {
  const rows = await db.$queryRaw<{ name: string; createdAt: Date }[]>`
    SELECT l.name, m."createdAt" FROM "CampaignRecipient" r JOIN "Message" m ON m.id = r."messageId" JOIN "Lead" l ON l.id = r."leadId"
    WHERE r."campaignId" = ANY(${world.campaignIds})`;
  const mark = markPattern(run);
  const queuedAt: number[] = [];
  for (const row of rows) {
    const found = mark.exec(row.name);
    if (found) queuedAt[Number(found[1])] = row.createdAt.getTime();
  }
  const times = rows.map((row) => row.createdAt.getTime());
  return { queuedAt, count: rows.length, first: Math.min(...times), last: Math.max(...times) };
}

export async function benchSends(db: Db, app: BenchApp, sandboxUrl: string, seconds: number, table: BenchTable) {
  const count = Number(process.env.BENCH_SENDS ?? seconds * TARGET_PER_SECOND);
  const run = Date.now().toString(36);
  const world = FROM_CAMPAIGNS ? await seedCampaignSendWorld(db, sandboxUrl, count, CHANNEL_MPS, (index) => markOf(run, index)) : await seedSendWorld(db, sandboxUrl, count, CHANNEL_MPS);
  await sandboxJson(`${sandboxUrl}/_sandbox/config`, { method: "POST", body: { webhooks: STATUSES, webhookBatchMs: STATUSES ? 1_000 : 0 } });
  try {
    if (FROM_CAMPAIGNS) {
      const campaigns = world as CampaignSendWorld;
      const writes = await countRowWrites(db);
      const cpu = await countSendCpu(db, app);
      const { startedAt, scheduledAt } = await queueByCampaigns(db, campaigns);
      const allSent = await waitUntilCampaignsSent(db, campaigns, startedAt + DEADLINE_S * 1000);
      const reportCpu = await cpu.stop();
      const reportWrites = await writes.stop();
      const queued = await campaignQueueTimes(db, campaigns, run);
      const rate = perSecond(queued.count, startedAt, queued.last);
      table.row(
        "sends: queued (20 campaigns scheduled at once → campaign/run chunks)",
        `${rate.toFixed(0)} msg/s`,
        `${queued.count} of ${count} in ${((queued.last - startedAt) / 1000).toFixed(1)} s from the first schedule to the last message queued; scheduling (recipients chosen) took ${((scheduledAt - startedAt) / 1000).toFixed(1)} s; each runner queues 5 s of its channel's rate at a time`,
        `target ≥ ${TARGET_PER_SECOND}/s: ${met(rate >= TARGET_PER_SECOND)}`,
      );
      const back = await readBack(db, sandboxUrl, world, startedAt);
      reportSends(table, world, { run, queueStart: startedAt, queuedAt: queued.queuedAt }, back, allSent);
      const sentCount = back.requests.filter((send) => send.accepted).length;
      reportCpu(table, "sends", sentCount, "scheduling, queueing and sending; ");
      reportWrites(table, "sends", sentCount);
      await reportSendProfile(db, startedAt, table);
      return;
    }
    const queued = await queueAll(db, world, run);
    const queuedCount = count - queued.refusals.length;
    table.row(
      "sends: queued (queueOutboundMessage → Inngest event)",
      `${perSecond(queuedCount, queued.startedAt, queued.endedAt).toFixed(0)} msg/s`,
      `${queuedCount} in ${((queued.endedAt - queued.startedAt) / 1000).toFixed(1)} s, ${CONCURRENCY} at a time from the bench process; of each, Inngest event p50 ${ms(queued.event.p50)} · p95 ${ms(queued.event.p95)}, push p50 ${ms(queued.push.p50)}`,
      `${queued.refusals.length} refused${queued.refusals[0] ? ` (${queued.refusals[0]})` : ""}; target ≥ ${TARGET_PER_SECOND}/s: ${met(perSecond(queuedCount, queued.startedAt, queued.endedAt) >= TARGET_PER_SECOND)}`,
    );
    const allSent = await waitUntilSent(db, world.actor.id, queued.endedAt + DEADLINE_S * 1000);
    reportSends(table, world, { run, queueStart: queued.startedAt, queuedAt: queued.queuedAt }, await readBack(db, sandboxUrl, world, queued.startedAt), allSent);
    await reportSendProfile(db, queued.startedAt, table);
  } finally {
    await sandboxJson(`${sandboxUrl}/_sandbox/config`, { method: "POST", body: { webhooks: true, webhookBatchMs: 0 } });
  }
}

export async function readBack(db: Db, sandboxUrl: string, world: SendWorld, since: number) {
  const numbers = new Set(world.channels.map((channel) => channel.phoneNumberId));
  const { sent } = await sandboxJson<{ sent: SandboxSend[] }>(`${sandboxUrl}/_sandbox/sent?since=${since}`);
  // Only to say what the app thinks of the messages the sandbox never got; no check reads it.
  const statuses = await db.message.groupBy({ by: ["status"], where: { senderId: world.actor.id }, _count: true });
  return { requests: sent.filter((send) => numbers.has(send.phoneNumberId)), statuses };
}

/** `from` says what the clock starts at, for the sent row ("first queued" by default). */
export type Queueing = { run: string; queueStart: number; queuedAt: number[]; from?: string };

/** The sandbox's log checked: sent rate, channel windows, pair limit, exactly once. `label` names the rows ("sends", or the send-side-only run). */
export function reportSends(
  table: BenchTable,
  world: SendWorld,
  { run, queueStart, queuedAt, from = "first queued" }: Queueing,
  { requests, statuses }: Awaited<ReturnType<typeof readBack>>,
  allSent: boolean,
  label = "sends",
) {
  const accepted = requests.filter((send) => send.accepted);
  const mark = markPattern(run);
  const indexOf = (send: SandboxSend) => {
    const found = mark.exec(send.text ?? "");
    return found ? Number(found[1]) : -1;
  };
  const lastSend = Math.max(queueStart, ...accepted.map((send) => send.receivedAt));
  const latency = summarize(accepted.flatMap((send) => (indexOf(send) >= 0 ? [send.receivedAt - (queuedAt[indexOf(send)] ?? send.receivedAt)] : [])));
  const sentRate = perSecond(accepted.length, queueStart, lastSend);
  table.row(
    `${label}: sent to the sandbox (${SEND_CHANNELS} channels × ${CHANNEL_MPS} msg/s)`,
    `${sentRate.toFixed(0)} msg/s`,
    `${accepted.length} accepted in ${((lastSend - queueStart) / 1000).toFixed(1)} s (${from} → last sent) · ${from} → sent p50 ${ms(latency.p50)} · p95 ${ms(latency.p95)}`,
    `target ≥ ${TARGET_PER_SECOND} msg/s: ${met(sentRate >= TARGET_PER_SECOND)}`,
  );

  // Every request the sandbox received counts against a channel's second, the refused ones too.
  const rateOf = new Map(world.channels.map((channel) => [channel.phoneNumberId, channel.throughputMps]));
  const perChannel = groupTimes(requests, (send) => send.phoneNumberId, (send) => send.receivedAt);
  const over = [...perChannel].filter(([id, times]) => busiestWindow(times, 1000) > (rateOf.get(id) ?? 0));
  const busiest = busiestGroup(perChannel, 1000);
  const refusedByCode = countBy(requests.filter((send) => !send.accepted), (send) => String(send.errorCode));
  const throttled = refusedByCode.get("130429") ?? 0;
  const refusals = [...refusedByCode].map(([code, n]) => `${n} × ${code}`).join(", ") || "none";
  table.row(
    `${label}: busiest 1-s window on one channel (every request)`,
    `${busiest.count} requests`,
    `configured ${rateOf.get(busiest.key ?? "") ?? CHANNEL_MPS} msg/s; sandbox refusals: ${refusals}`,
    `${over.length} of ${perChannel.size} channels above their rate, ${throttled} refused for throughput: ${met(over.length === 0 && throttled === 0)}`,
  );

  const perPair = groupTimes(accepted, (send) => pairKey(send.phoneNumberId, send.to), (send) => send.receivedAt);
  const gaps = consecutiveGaps(perPair);
  const short = gaps.filter((gap) => gap < META_PAIR_INTERVAL_MS).length;
  const beyondPair = [...perPair.values()].reduce((sum, times) => sum + bucketExcess(times, META_PAIR_INTERVAL_MS, PAIR_BURST_ALLOWED, PAIR_JITTER_MS), 0);
  table.row(
    `${label}: same lead on one channel`,
    gaps.length ? `min gap ${ms(Math.min(...gaps))}` : "no repeats",
    `${gaps.length} gaps between sends to one lead, ${short} under 6 s (bursts of up to ${PAIR_BURST_ALLOWED} allowed); busiest 6-s window for one lead: ${busiestGroup(perPair, META_PAIR_INTERVAL_MS).count} msgs`,
    `${beyondPair} sends beyond ${PAIR_BURST_ALLOWED} then 1 per 6 s per lead: ${met(beyondPair === 0)}`,
  );

  // Exactly once, by each message's mark in what the sandbox accepted.
  const copies = countBy(accepted.filter((send) => indexOf(send) >= 0), (send) => String(indexOf(send)));
  const twice = [...copies.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const unmarked = accepted.filter((send) => indexOf(send) < 0 || indexOf(send) >= world.plan.length).length;
  const missing = world.plan.length - [...copies.keys()].filter((index) => Number(index) < world.plan.length).length;
  const misrouted = accepted.filter((send) => {
    const planned = world.plan[indexOf(send)];
    return planned !== undefined && pairKey(planned.phoneNumberId, planned.to) !== pairKey(send.phoneNumberId, send.to);
  }).length;
  // Messages never sent are the next row's: this one says only what was sent more than once or astray.
  table.row(
    `${label}: exactly once (sandbox log)`,
    `${twice} sent twice`,
    `${accepted.length} accepted for ${world.plan.length} messages; ${unmarked} without a mark of this run, ${misrouted} to another number or lead than queued`,
    `target 0: ${met(twice === 0 && unmarked === 0 && misrouted === 0)}`,
  );

  const byStatus = statuses.map((row) => `${row._count} ${row.status}`).join(", ");
  table.row(
    `${label}: not sent by the deadline`,
    `${missing} never reached the sandbox`,
    `deadline ${DEADLINE_S} s after the last was queued${allSent ? "" : " (some may be in flight at the deadline)"}; the app's database says ${byStatus || "nothing"}`,
    `target 0: ${met(allSent && missing === 0)}`,
  );
}
