// Issue 11, "never lose a message under faults": the production server (`npm start`, the built
// .next) takes a burst of signed Meta webhooks while it is killed, or while its PostgreSQL goes
// away and comes back. A 200 must mean stored; whatever got no 200 is delivered again, as Meta
// does; the drainer (run here as its cron runs it, without the 30 s age threshold) applies what a
// dead process left. In the end each wamid is one message, applied whole, exactly once.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { ensureDatabase } from "../dev/launcher/embedded-database";
import { expect, test } from "@playwright/test";
import {
  businessOf,
  deliverAll,
  drainAsTheCronDoes,
  freePort,
  inboundTextWebhooks,
  ingestSnapshot,
  startControlledDatabase,
  storedWamids,
  tally,
  type ControlledDatabase,
  type Delivery,
  type SignedWebhook,
} from "./fault-support";
import {
  isListening,
  npmStart,
  productionEnv,
  productionSecrets,
  seedProductionChannel,
  startFakeGraph,
  startFakeInngest,
  startFakePusher,
  waitUntilUp,
  type Launcher,
  type OutsideService,
} from "./production-support";

const WEBHOOKS = 2_000;
// Each test stores and applies all 2,000 at least once, starts `npm start` twice (the kill test),
// and re-delivers what got no answer; a loaded 2-core machine takes a minute or more for that.
const TEST_TIMEOUT_MS = 300_000;
const SENDERS = 100;
const CONCURRENCY = 32;

let database: ControlledDatabase;
let services: { graph: OutsideService; inngest: OutsideService; pusher: OutsideService };
const cleanups: (() => Promise<unknown>)[] = [];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(60_000);
  const [graph, inngest, pusher] = await Promise.all([startFakeGraph(), startFakeInngest(), startFakePusher()]);
  services = { graph, inngest, pusher };
  database = await startControlledDatabase("e2e-faults");
});

test.afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  await database?.remove();
  await Promise.all(Object.values(services ?? {}).map((service) => service.close()));
});

/** `npm start` on a fresh database of the controlled server, with one channel and its webhooks. */
async function productionApp(name: string) {
  const url = new URL(database.serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await ensureDatabase(databaseUrl);
  const port = await freePort();
  const secrets = productionSecrets();
  const env = productionEnv({ secrets, databaseUrl, port, services });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  const app = {
    db,
    port,
    webhookUrl: `http://127.0.0.1:${port}/api/webhooks/meta`,
    launcher: undefined as Launcher | undefined,
    async start() {
      const started = performance.now();
      app.launcher = npmStart(env);
      await waitUntilUp(app.launcher, `http://127.0.0.1:${port}/api/health/ready`, 90_000);
      console.log(`npm start pronto em ${Math.round(performance.now() - started)} ms`);
    },
  };
  cleanups.push(() => db.$disconnect(), () => app.launcher?.stop() ?? Promise.resolve());
  await app.start();
  const channel = await seedProductionChannel(db, secrets);
  const webhooks = inboundTextWebhooks({ business: businessOf(channel), secret: secrets.META_APP_SECRET, count: WEBHOOKS, senders: SENDERS, tag: name });
  return { app, db, webhooks };
}

const notOk = (deliveries: Delivery[]) => deliveries.filter((d) => d.outcome !== 200).map((d) => d.index);

async function expectEveryOkStored(db: PrismaClient, webhooks: SignedWebhook[], deliveries: Delivery[]) {
  const stored = new Set(await storedWamids(db));
  const okButMissing = deliveries.filter((d) => d.outcome === 200).map((d) => webhooks[d.index]?.wamid).filter((wamid) => !stored.has(wamid ?? ""));
  expect(okButMissing, "respondidos 200 mas não armazenados").toEqual([]);
}

/** Re-delivers what got no 200 (every one must get it now), drains, and checks each wamid is one whole message. */
async function expectAllAppliedOnce(app: { db: PrismaClient; webhookUrl: string }, webhooks: SignedWebhook[], failed: number[]) {
  const started = performance.now();
  const redelivered = await deliverAll(app.webhookUrl, failed.map((i) => webhooks[i] as SignedWebhook), { concurrency: CONCURRENCY });
  expect(tally(redelivered), "reentregas").toEqual({ ok: failed.length, notOk: 0, noAnswer: 0 });
  const redeliveredIn = performance.now() - started;
  const drained = await drainAsTheCronDoes(app.db, 4);
  // Still pending after that: what the server is applying right now (its re-deliveries), or an
  // event whose apply failed as PostgreSQL came back and is due again 30 s later. The cron's next
  // runs take those.
  const pendingAfterADrain = async () => {
    await drainAsTheCronDoes(app.db);
    return (await ingestSnapshot(app.db)).pendingEvents;
  };
  await expect.poll(pendingAfterADrain, { timeout: 60_000, intervals: [500] }).toBe(0);
  const snapshot = await ingestSnapshot(app.db);
  console.log(`reentregues ${failed.length} em ${Math.round(redeliveredIn)} ms, drenados ${JSON.stringify(drained)}, tudo em ${Math.round(performance.now() - started)} ms; ${JSON.stringify(snapshot)}`);
  expect(drained.failed).toBe(0);
  expect(drained.distinct, "nenhum evento drenado duas vezes").toBe(drained.applied);
  expect(snapshot).toMatchObject({ pendingEvents: 0, eventsWithError: 0, messages: WEBHOOKS, distinctWamids: WEBHOOKS, messagesWithoutOneLeadEvent: 0, conversationsMiscounted: 0 });
  // Each stored copy of a webhook is applied: a re-delivery of one stored before the fault included.
  expect(snapshot.events).toBeGreaterThanOrEqual(WEBHOOKS);
  const messageWamids = (await app.db.message.findMany({ select: { wamid: true } })).map((m) => m.wamid).sort();
  expect(messageWamids).toEqual(webhooks.map((w) => w.wamid).sort());
}

test("SIGKILL of the server mid-burst: every 200 was stored, and after re-delivery and the drain each message exists once", async () => {
  test.setTimeout(TEST_TIMEOUT_MS);
  const { app, db, webhooks } = await productionApp(`comunicador_faults_kill_${Date.now()}`);

  const started = performance.now();
  let killed: Promise<void> | undefined;
  let killedAt = 0;
  const burst = await deliverAll(app.webhookUrl, webhooks, {
    concurrency: CONCURRENCY,
    onDelivery: (_, answered) => {
      if (answered < 700 || killed) return;
      killedAt = performance.now();
      killed = app.launcher?.kill();
    },
  });
  await killed;
  const atKill = tally(burst);
  const cutInFlight = burst.filter((d) => d.outcome === "no answer" && d.sentAt < killedAt).length;
  const storedCopies = (await storedWamids(db)).length;
  console.log(
    `rajada com SIGKILL: ${JSON.stringify(atKill)} (${cutInFlight} sem resposta estavam em voo; ${storedCopies} armazenados) em ${Math.round(performance.now() - started)} ms`,
  );
  // The process that served is gone, not only npm's: nothing listens on its port any more.
  expect(await isListening(app.port)).toBe(false);
  expect(atKill.ok).toBeGreaterThanOrEqual(700);
  expect(atKill.noAnswer).toBeGreaterThan(0);
  await expectEveryOkStored(db, webhooks, burst);

  await app.start();
  await expectAllAppliedOnce(app, webhooks, notOk(burst));
});

test("PostgreSQL stopped and started mid-burst: 5xx while it is down, and the running server recovers without a restart", async () => {
  test.setTimeout(TEST_TIMEOUT_MS);
  const { app, db, webhooks } = await productionApp(`comunicador_faults_pg_${Date.now()}`);

  const started = performance.now();
  const outage: { stopped?: number; starting?: number; started?: number } = {};
  let stopping: Promise<void> | undefined;
  let restarting: Promise<void> | undefined;
  let answeredWhileDown = 0;
  const burst = await deliverAll(app.webhookUrl, webhooks, {
    concurrency: CONCURRENCY,
    onDelivery: (delivery, answered) => {
      if (answered >= 500 && !stopping) stopping = database.stop().then(() => void (outage.stopped = performance.now()));
      // Down until 200 requests sent after it stopped got their answer (every one a 5xx).
      if (outage.stopped !== undefined && delivery.sentAt > outage.stopped && ++answeredWhileDown === 200) {
        outage.starting = performance.now();
        restarting = database.start().then(() => void (outage.started = performance.now()));
      }
    },
  });
  // Should the burst end first, PostgreSQL still comes back: the re-deliveries below need it.
  await stopping;
  await (restarting ?? database.start().then(() => void (outage.started = performance.now())));
  const { stopped = 0, starting = 0, started: up = 0 } = outage;
  const whileDown = burst.filter((d) => d.sentAt > stopped && d.answeredAt < starting);
  const afterUp = burst.filter((d) => d.sentAt > up);
  console.log(
    `rajada com PostgreSQL parado ${Math.round(starting - stopped)} ms (+${Math.round(up - starting)} ms para voltar): ${JSON.stringify(tally(burst))}; ` +
      `durante a queda ${JSON.stringify(tally(whileDown))}; depois da volta ${JSON.stringify(tally(afterUp))}; em ${Math.round(performance.now() - started)} ms`,
  );
  expect(whileDown.length).toBeGreaterThanOrEqual(200);
  expect(whileDown.filter((d) => typeof d.outcome !== "number" || d.outcome < 500)).toEqual([]);
  // Its pool dropped the broken connections: once PostgreSQL is back, the same server stores again.
  expect(afterUp.filter((d) => d.outcome !== 200)).toEqual([]);
  await expectEveryOkStored(db, webhooks, burst);
  // Nothing half-applied, whatever was cut in the middle: applying is one transaction.
  expect(await ingestSnapshot(db)).toMatchObject({ messagesWithoutOneLeadEvent: 0, conversationsMiscounted: 0 });

  await expectAllAppliedOnce(app, webhooks, notOk(burst));
  expect(app.launcher?.child.exitCode, "o servidor não reiniciou").toBeNull();
});
