import { randomBytes } from "node:crypto";
import { expect, gotoHydrated, loginAs, test } from "./fixtures";
import { SANDBOX } from "./inbox-support";
import { e2eDb } from "./leads-support";

const digits = (n: number) => Array.from(randomBytes(n), (b) => String(b % 10)).join("");
// "há 5 segundos", "agora"… never "em 2 segundos" nor "em 10 minutos".
const PAST_OR_NOW = /^(agora|há \d+ segundos?|há 1 minuto|há \d+ minutos)$/;

// Issue 12 item 4: the browser's clock runs 10 min behind the server's, as some brokers' PCs do.
test.describe("a channel's relative times", () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: new Date(Date.now() - 10 * 60_000) });
  });

  test("the last check reads as past right after checking, on the server's clock", async ({ page }) => {
    await loginAs(page, "admin");
    const db = await e2eDb();
    const channel = await db.channel.findUniqueOrThrow({ where: { phoneNumberId: "109876543210001" } });
    await gotoHydrated(page, `/settings/channels/${channel.id}`);
    await page.getByRole("button", { name: "Verificar conexão" }).click();
    await expect(page.getByText("Conexão com a Meta verificada.", { exact: true })).toBeVisible();
    const checked = page.getByTestId("last-checked").locator("time");
    await expect(checked).toHaveAttribute("datetime", /.+/);
    await expect(checked).toHaveText(PAST_OR_NOW);
  });

  test("“Último webhook” follows a webhook that arrives while the page is open", async ({ page }) => {
    const db = await e2eDb();
    const phoneNumberId = `1${digits(14)}`;
    const wabaId = `2${digits(14)}`;
    const channel = await db.channel.create({
      data: {
        name: `Canal Relógio ${digits(5)}`,
        displayPhoneNumber: `+55 11 4${digits(3)}-${digits(4)}`,
        phoneNumberId,
        wabaId,
        accessTokenEnc: "nao-usado-neste-teste",
        verifyToken: randomBytes(16).toString("hex"),
        mode: "RECEPTIVE",
        lastWebhookAt: new Date(Date.now() - 2 * 3_600_000),
      },
    });
    await page.request.put(`${SANDBOX}/_sandbox/numbers/${phoneNumberId}`, { data: { wabaId, displayPhoneNumber: channel.displayPhoneNumber, verifiedName: channel.name } });

    await loginAs(page, "admin");
    await page.goto(`/settings/channels/${channel.id}`);
    const lastWebhook = page.getByTestId("last-webhook");
    await expect(lastWebhook).toHaveText("há 2 horas");

    const sent = await page.request.post(`${SANDBOX}/_sandbox/leads/55119${digits(8)}/messages`, { data: { phoneNumberId, type: "text", text: "Oi, o plantão abre hoje?" } });
    expect(sent.status()).toBe(201);
    await expect.poll(async () => (await db.channel.findUniqueOrThrow({ where: { id: channel.id } })).lastWebhookAt!.getTime(), { timeout: 20_000 }).toBeGreaterThan(Date.now() - 60_000);
    // No reload: the panel picks it up by itself, and reads it as past.
    await expect(lastWebhook).toHaveText(PAST_OR_NOW, { timeout: 20_000 });
  });
});
