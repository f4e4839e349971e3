// `npm start` with DATABASE_URL set is production: the build the e2e server made, started the way
// the README says, on a fresh database of its own, with Meta, Inngest and Pusher played by
// outside services this test starts. No stand-in runs, no demo password works, /api/inngest runs
// only what Inngest signs, and a send reaches the configured Graph URL.
import { randomBytes, randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { PrismaPg } from "@prisma/adapter-pg";
import { MessageDirection, MessageStatus } from "../generated/prisma/enums";
import { PrismaClient } from "../generated/prisma/client";
import { dropDatabase, ensureDatabase } from "../dev/launcher/embedded-database";
import { firstCall, functionUrl, inngestSignature } from "../test/inngest/inngest-cloud-call";
import { seedConversation, seedLead } from "../prisma/seed/leads";
import { seedUser } from "../prisma/seed/users";
import { DEMO, DEMO_PASSWORD, expect, login, test } from "./fixtures";
import { trpcMutation } from "./inbox-support";
import { currentE2eDatabaseUrl } from "./leads-support";
import {
  isListening,
  npmStart,
  productionEnv,
  productionSecrets,
  seedProductionChannel,
  sentEvents,
  startFakeGraph,
  startFakeInngest,
  startFakePusher,
  waitUntilUp,
  type Launcher,
  type OutsideService,
} from "./production-support";

// Its own port, away from the e2e server's; the stand-ins would sit at the launcher's offsets from it.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 60;
const APP_URL = `http://127.0.0.1:${PORT}`;
const STAND_IN_PORTS = { soketi: PORT + 3001, sandbox: PORT + 5290, inngest: PORT + 5288, ai: PORT + 5291 };

const secrets = productionSecrets();

let databaseUrl: string;
let db: PrismaClient;
let graph: OutsideService;
let inngest: OutsideService;
let pusher: OutsideService;
let launcher: Launcher | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // A fresh database on the server the e2e run uses (the local PostgreSQL, or its embedded one).
  const url = new URL(currentE2eDatabaseUrl());
  url.pathname = `/comunicador_producao_${Date.now()}`;
  databaseUrl = url.toString();
  await ensureDatabase(databaseUrl);
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  [graph, inngest, pusher] = await Promise.all([startFakeGraph(), startFakeInngest(), startFakePusher()]);
});

test.afterAll(async () => {
  await launcher?.stop();
  await db?.$disconnect();
  if (databaseUrl) await dropDatabase(databaseUrl);
  await Promise.all([graph, inngest, pusher].map((service) => service?.close()));
});

const env = () => productionEnv({ secrets, databaseUrl, port: PORT, services: { graph, inngest, pusher } });

async function migrated(): Promise<boolean> {
  const rows = await db.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`;
  return rows[0]?.present ?? false;
}

test("npm start with DATABASE_URL refuses to start without its settings, naming each one in pt-BR", async () => {
  const bare = npmStart({ DATABASE_URL: databaseUrl, PORT: String(PORT) });
  expect(await bare.exited, bare.output()).toBe(1);
  expect(bare.output()).toContain("modo: PRODUÇÃO");
  expect(bare.output()).toContain("Configuração inválida:");
  const required = ["APP_URL", "AUTH_SECRET", "CREDENTIALS_ENCRYPTION_KEY", "META_APP_SECRET", "PUSHER_APP_ID", "PUSHER_KEY", "PUSHER_SECRET"];
  for (const name of [...required, "INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY"]) expect(bare.output()).toContain(`  - ${name}: defina ${name}`);

  // INNGEST_DEV would open /api/inngest to unsigned calls: refused outside the local demo.
  const devInngest = npmStart({ ...env(), INNGEST_DEV: "1" });
  expect(await devInngest.exited, devInngest.output()).toBe(1);
  expect(devInngest.output()).toContain("  - INNGEST_DEV: só vale na demonstração local");

  // The AI stand-in's flag would let a production server trust a stand-in's answers: refused too.
  const aiStandIn = npmStart({ ...env(), COMUNICADOR_AI_STAND_IN: "1" });
  expect(await aiStandIn.exited, aiStandIn.output()).toBe(1);
  expect(aiStandIn.output()).toContain("  - COMUNICADOR_AI_STAND_IN: só vale na demonstração local");

  expect(await migrated()).toBe(false);
});

test("production runs no stand-in and no demo account, and runs only what Inngest signs", async ({ browser }) => {
  test.setTimeout(150_000);
  launcher = npmStart(env());
  await waitUntilUp(launcher, `${APP_URL}/api/health/ready`, 90_000);
  const output = launcher.output();

  await test.step("no stand-in started, no demo data", async () => {
    expect(output).toContain(`modo: PRODUÇÃO (nenhum serviço local; sem dados de demonstração) — Graph ${graph.url}; Inngest ${inngest.url}`);
    expect(output).toContain("; IA desligada (sem AI_BASE_URL)");
    for (const name of ["[soketi]", "[whatsapp-sandbox]", "[inngest-local]", "[ai-stand-in]", "logins de demonstração", "dados de demonstração…", "next build"]) {
      expect(output).not.toContain(name);
    }
    for (const port of Object.values(STAND_IN_PORTS)) expect(await isListening(port), `porta ${port}`).toBe(false);
    expect(await db.user.count()).toBe(0);
    expect(await db.user.findUnique({ where: { email: DEMO.admin.email } })).toBeNull();
  });

  await test.step("health endpoints answer", async () => {
    const live = await fetch(`${APP_URL}/api/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${APP_URL}/api/health/ready`);
    expect(await ready.json()).toEqual({ status: "ready", checks: { configuration: "ok", database: "ok" } });
  });

  const context = await browser.newContext({ baseURL: APP_URL, locale: "pt-BR", timezoneId: "America/Sao_Paulo" });
  const page = await context.newPage();
  await test.step("the demo password does not open it", async () => {
    await login(page, DEMO.admin.email, DEMO_PASSWORD);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail ou senha incorretos. Confira e tente de novo.");
    await page.goto("/inbox");
    await expect(page).toHaveURL(/\/login/);
  });

  // The operator's own administrator, a channel with its real-looking token, a lead who wrote 5 min ago.
  const password = `senha-${randomUUID()}`;
  const admin = await seedUser(db, { profile: "admin", email: `admin-${randomUUID()}@empresa.com.br`, password });
  const token = `EAAG${randomBytes(24).toString("hex")}`;
  const channel = await seedProductionChannel(db, secrets, { accessToken: token });
  const lead = await seedLead(db);
  const conversation = await seedConversation(db, {
    leadId: lead.id,
    channelId: channel.id,
    assigneeId: admin.id,
    messages: [{ direction: MessageDirection.INBOUND, body: "Oi, ainda tem unidades?", minutesAgo: 5 }],
  });

  await test.step("a reply is queued through Inngest's event API, with the event key", async () => {
    await login(page, admin.email, password);
    await expect(page).toHaveURL(/\/inbox/);
    await trpcMutation(page, "inbox.sendText", { conversationId: conversation.id, clientRequestId: `prod-${randomUUID()}`, body: "Tem sim!" });
    expect(inngest.requests.filter((r) => r.path.startsWith("/e/")).map((r) => r.path)).toEqual([`/e/${secrets.INNGEST_EVENT_KEY}`]);
    await expect.poll(() => pusher.requests.some((r) => r.method === "POST" && r.path.startsWith(`/apps/${secrets.PUSHER_APP_ID}/batch_events`))).toBe(true);
  });
  const message = await db.message.findFirstOrThrow({ where: { conversationId: conversation.id, direction: MessageDirection.OUTBOUND } });
  const [event] = sentEvents(inngest);
  expect(event).toMatchObject({ name: "comunicador/message.batch-send-requested", data: { messageId: message.id, channelId: channel.id } });
  const call = firstCall(event!, randomUUID());
  const post = (signature?: string) =>
    fetch(functionUrl(APP_URL, "message-send-batch"), {
      method: "POST",
      headers: { "content-type": "application/json", ...(signature ? { "x-inngest-signature": signature } : {}) },
      body: JSON.stringify(call),
    });

  await test.step("/api/inngest refuses unsigned and wrongly signed calls and runs nothing", async () => {
    expect((await post()).status).toBe(401);
    expect((await post(inngestSignature(call, `signkey-prod-${randomBytes(32).toString("hex")}`))).status).toBe(401);
    expect(graph.requests).toEqual([]);
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).status).toBe(MessageStatus.QUEUED);
  });

  await test.step("the signed call sends, to the configured Graph URL with the channel's token", async () => {
    const response = await post(inngestSignature(call, secrets.INNGEST_SIGNING_KEY));
    expect(response.status).toBe(206);
    expect(graph.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /v24.0/${channel.phoneNumberId}/messages`]);
    expect(graph.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
    expect(JSON.parse(graph.requests[0]?.body ?? "{}")).toMatchObject({ to: lead.waId, type: "text", text: { body: "Tem sim!" } });
    expect(await db.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: MessageStatus.SENT, wamid: expect.stringMatching(/^wamid\.fake\./) });
  });

  await test.step("an unsigned sync cannot point Inngest at another host", async () => {
    // Node's http client sends the Host header as given (fetch would not).
    await new Promise<void>((resolve, reject) => {
      const put = httpRequest(`${APP_URL}/api/inngest`, { method: "PUT", headers: { host: "atacante.example" } }, (res) => res.resume().on("end", resolve));
      put.on("error", reject).end();
    });
    const registrations = inngest.requests.filter((r) => r.path.startsWith("/fn/register")).map((r) => (JSON.parse(r.body) as { url: string }).url);
    expect(registrations).toEqual([`${APP_URL}/api/inngest`]);
  });
  await context.close();
});
