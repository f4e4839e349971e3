import type { APIRequestContext, Page } from "@playwright/test";
import { e2eControlsPort } from "../dev/launcher/e2e-controls";
import { uniqueSuffix } from "../prisma/seed/unique";
import { DEMO, expect, test } from "./fixtures";
import { userId } from "./inbox-support";
import { e2eDb } from "./leads-support";

// Soketi itself goes down (its process killed, every socket dropped), not the browser's network:
// the app keeps storing what leads write and its pushes fail meanwhile. The playwright config runs
// this spec after every other one, which an outage would disturb; alone: `npx playwright test
// --no-deps e2e/inbox-realtime-outage.spec.ts`.
const CONTROLS = `http://127.0.0.1:${e2eControlsPort(Number(process.env.E2E_PORT ?? 3100))}`;
const OUTAGE_MS = 10_000;

async function soketi(request: APIRequestContext, action: "stop" | "start") {
  const response = await request.post(`${CONTROLS}/soketi/${action}`, { timeout: 40_000 });
  expect(response.status(), await response.text()).toBe(204);
}

async function unreadConversations(page: Page): Promise<number> {
  const response = await page.request.get("/api/trpc/inbox.unreadSummary");
  return ((await response.json()) as { result: { data: { json: { conversations: number } } } }).result.data.json.conversations;
}

async function storedMessage(conversationId: string, body: string) {
  const db = await e2eDb();
  await expect.poll(async () => db.message.count({ where: { conversationId, body } }), { timeout: 20_000 }).toBe(1);
}

const titleFor = (count: number) => (count > 0 ? `(${count}) Comunicador` : "Comunicador");

test.afterEach(async ({ request }) => {
  // Whatever happened above, the next run finds Soketi up.
  await soketi(request, "start");
});

test("Soketi down for 10 s: the open inbox catches up when it returns, without a reload", async ({ brokerPage: page, sandboxPhone, assign, request }) => {
  test.setTimeout(90_000);
  const ana = await userId(DEMO.ana.email);
  const open = await sandboxPhone.leadStarts("Bom dia, ainda tem apartamento?", { name: `Lead Queda ${uniqueSuffix()}` });
  await assign(open.conversationId, "ana");

  await page.goto(`/inbox/${open.conversationId}`);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-realtime-channels", new RegExp(`private-conversation-${open.conversationId}`));
  await expect(html).toHaveAttribute("data-realtime-channels", new RegExp(`private-inbox-${ana}`));
  const openRow = page.locator(`[data-conversation-id="${open.conversationId}"]`);
  await expect(openRow.getByTestId("unread-badge")).toHaveCount(0);
  const unreadBefore = await unreadConversations(page);
  await expect(page).toHaveTitle(titleFor(unreadBefore));
  const banner = page.getByTestId("connection-banner");
  await expect(banner).toHaveCount(0);
  // A reload would lose it.
  await page.evaluate(() => Object.assign(window, { __beforeOutage: true }));

  await soketi(request, "stop");
  await expect(banner).toBeVisible();
  const downSince = Date.now();

  await sandboxPhone.writes(open.phone, "Escrevi enquanto o tempo real caiu");
  const newcomer = await sandboxPhone.leadStarts("Oi, sou novo por aqui", { name: `Lead Novo na Queda ${uniqueSuffix()}` });
  await assign(newcomer.conversationId, "ana");
  await storedMessage(open.conversationId, "Escrevi enquanto o tempo real caiu");
  const newRow = page.locator(`[data-conversation-id="${newcomer.conversationId}"]`);
  await expect(newRow).toHaveCount(0);
  await expect(page.getByTestId("message").filter({ hasText: "Escrevi enquanto o tempo real caiu" })).toHaveCount(0);

  await page.waitForTimeout(Math.max(0, OUTAGE_MS - (Date.now() - downSince)));
  await expect(banner).toBeVisible();
  const downFor = Date.now() - downSince;
  await soketi(request, "start");
  const backSince = Date.now();

  // pusher-js alone would wait up to 30 s more here (app/_realtime/reconnect-sooner.ts).
  await expect(banner).toHaveCount(0);
  const reconnectedAfter = Date.now() - backSince;
  await expect(page.getByTestId("message").filter({ hasText: "Escrevi enquanto o tempo real caiu" })).toHaveCount(1);
  await expect(newRow).toBeVisible();
  await expect(newRow.getByTestId("conversation-preview")).toHaveText("Oi, sou novo por aqui");
  await expect(newRow.getByTestId("unread-badge")).toHaveText("1");
  // The open conversation is read as it catches up; the newcomer is the one unread more.
  await expect(openRow.getByTestId("conversation-preview")).toHaveText("Escrevi enquanto o tempo real caiu");
  await expect(openRow.getByTestId("unread-badge")).toHaveCount(0);
  await expect(page).toHaveTitle(titleFor(unreadBefore + 1));
  const caughtUp = `Soketi back after ${downFor} ms down: reconnected in ${reconnectedAfter} ms, all caught up in ${Date.now() - backSince} ms`;
  test.info().annotations.push({ type: "catch-up", description: caughtUp });
  console.log(caughtUp);

  expect(await page.evaluate(() => (window as { __beforeOutage?: boolean }).__beforeOutage)).toBe(true);
  // Live again: the next message arrives as a push, not through a catch-up.
  await sandboxPhone.writes(newcomer.phone, "Chegou ao vivo?");
  await expect(newRow.getByTestId("conversation-preview")).toHaveText("Chegou ao vivo?");
  await expect(newRow.getByTestId("unread-badge")).toHaveText("2");
  await expect(page.getByText(`Nova mensagem de ${newcomer.name}`, { exact: true })).toBeVisible();
});
