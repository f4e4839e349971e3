import { uniqueSuffix } from "../prisma/seed/unique";
import { DEMO, expect, loginAs, test } from "./fixtures";
import { userId } from "./inbox-support";

// Two people at once: a manager routing conversations and a broker answering, each in their own
// browser context, with the lead writing from the WhatsApp sandbox.
test.describe("live inbox", () => {
  test("a lead's message reaches the assigned broker's open inbox without a reload, and the list reorders", async ({ brokerPage: page, sandboxPhone, assign }) => {
    const { phone, name, conversationId } = await sandboxPhone.leadStarts("Oi! Quero saber do Residencial Jardins.", { name: `Lead Ao Vivo ${uniqueSuffix()}` });
    const ana = await userId(DEMO.ana.email);
    await assign(conversationId, "bruno");

    // Listening before the assignment: a notice pushed earlier would only be caught up as data.
    const subscribed = page.waitForResponse((r) => r.url().endsWith("/api/pusher/auth") && r.request().postData()?.includes(`private-inbox-${ana}`) === true);
    await page.goto("/inbox");
    expect((await subscribed).status()).toBe(200);
    // Authorised is not yet subscribed: wait for Soketi to confirm it.
    await expect(page.locator("html")).toHaveAttribute("data-realtime-channels", new RegExp(`private-inbox-${ana}`));
    const rows = page.getByTestId("conversation-row");
    const row = page.locator(`[data-conversation-id="${conversationId}"]`);
    await expect(row).toHaveCount(0);

    // The manager hands it to Ana: it shows up in her list, with a toast, without a reload.
    await assign(conversationId, "ana");
    await expect(row).toBeVisible();
    await expect(page.getByText(`${DEMO.manager.name} passou a conversa com ${name} para você`, { exact: true })).toBeVisible();

    // She opens another conversation; the lead writes again: the row moves to the top, unread.
    await rows.filter({ hasText: "Maria Souza" }).click();
    await expect(page.getByTestId("chat-title")).toHaveText("Maria Souza");
    await sandboxPhone.writes(phone, "Ainda tem unidade com varanda?");
    await expect(rows.first()).toHaveAttribute("data-conversation-id", conversationId);
    await expect(row.getByTestId("conversation-preview")).toHaveText("Ainda tem unidade com varanda?");
    await expect(row.getByTestId("unread-badge")).toHaveText("2");
    await expect(page.getByText(`Nova mensagem de ${name}`, { exact: true })).toBeVisible();
    await expect(page).toHaveTitle(/^\(\d+\) Comunicador$/);

    // Opening it reads it; a message arriving while it is open appears in the chat, once.
    await row.click();
    await expect(page.getByTestId("chat-title")).toHaveText(name);
    await expect(row.getByTestId("unread-badge")).toHaveCount(0);
    await sandboxPhone.writes(phone, "Pode me ligar às 18h?");
    const incoming = page.getByTestId("message").filter({ hasText: "Pode me ligar às 18h?" });
    await expect(incoming).toHaveCount(1);
    await expect(incoming).toHaveAttribute("data-direction", "INBOUND");
    await expect(page.getByTestId("message").filter({ hasText: "Ainda tem unidade com varanda?" })).toHaveCount(1);
  });

  test("two people on one conversation see each other", async ({ brokerPage: page, managerPage: manager, sandboxPhone, assign }) => {
    const { conversationId } = await sandboxPhone.leadStarts("Olá, bom dia!", { name: `Lead Presença ${uniqueSuffix()}` });
    await assign(conversationId, "ana", manager);

    await page.goto(`/inbox/${conversationId}`);
    await manager.goto(`/inbox/${conversationId}`);
    await expect(page.getByTestId("presence")).toHaveText(`${DEMO.manager.name} está vendo esta conversa`);
    await expect(manager.getByTestId("presence")).toHaveText(`${DEMO.ana.name} está vendo esta conversa`);
    await manager.goto("/inbox");
    await expect(page.getByTestId("presence")).toHaveCount(0);
  });

  test("the realtime auth endpoint applies the inbox's rules", async ({ page, managerPage: manager, sandboxPhone, assign }) => {
    const { conversationId } = await sandboxPhone.leadStarts("Oi", { name: `Lead Acesso ${uniqueSuffix()}` });
    await assign(conversationId, "ana", manager);

    const auth = (p: typeof page, channel: string) => p.request.post("/api/pusher/auth", { form: { socket_id: "1234.5678", channel_name: channel } });
    expect((await auth(page, `private-conversation-${conversationId}`)).status()).toBe(401);
    await loginAs(page, "bruno");
    const bruno = await userId(DEMO.bruno.email);
    expect((await auth(page, `private-conversation-${conversationId}`)).status()).toBe(403);
    expect((await auth(page, `presence-conversation-${conversationId}`)).status()).toBe(403);
    expect((await auth(page, `private-inbox-${await userId(DEMO.ana.email)}`)).status()).toBe(403);
    expect((await auth(page, "private-inbox-managers")).status()).toBe(403);
    const own = await auth(page, `private-inbox-${bruno}`);
    expect(own.status()).toBe(200);
    expect(((await own.json()) as { auth: string }).auth).toMatch(/^[^:]+:[0-9a-f]{64}$/);
    expect((await auth(manager, `private-conversation-${conversationId}`)).status()).toBe(200);
  });

  test("offline for a while, the inbox catches up when the network returns, nothing doubled", async ({ brokerPage: page, managerPage: manager, sandboxPhone, assign }) => {
    const { phone, conversationId } = await sandboxPhone.leadStarts("Primeira mensagem", { name: `Lead Offline ${uniqueSuffix()}` });
    await assign(conversationId, "ana", manager);

    await page.goto(`/inbox/${conversationId}`);
    await expect(page.getByTestId("message").filter({ hasText: "Primeira mensagem" })).toHaveCount(1);
    await expect(page.getByTestId("connection-banner")).toHaveCount(0);

    await page.context().setOffline(true);
    await expect(page.getByTestId("connection-banner")).toBeVisible();
    await sandboxPhone.writes(phone, "Escrevi enquanto você estava sem rede");
    await sandboxPhone.writes(phone, "E mais esta");
    // Stored by the app meanwhile (the manager's browser is online).
    await expect
      .poll(async () => JSON.stringify(await (await manager.request.get(`/api/trpc/inbox.listItem?input=${encodeURIComponent(JSON.stringify({ json: { conversationId } }))}`)).json()), { timeout: 20_000 })
      .toContain("E mais esta");

    await page.context().setOffline(false);
    await expect(page.getByTestId("connection-banner")).toHaveCount(0, { timeout: 30_000 });
    for (const text of ["Primeira mensagem", "Escrevi enquanto você estava sem rede", "E mais esta"]) {
      await expect(page.getByTestId("message").filter({ hasText: text })).toHaveCount(1);
    }
    await expect(page.locator(`[data-conversation-id="${conversationId}"]`)).toHaveCount(1);
    await expect(page.locator(`[data-conversation-id="${conversationId}"]`).getByTestId("conversation-preview")).toHaveText("E mais esta");
  });
});
