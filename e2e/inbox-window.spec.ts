import { expect, loginAs, test, DEMO } from "./fixtures";
import { conversationOf, leadWrites, newLeadPhone, userId } from "./inbox-support";
import { e2eDb } from "./leads-support";

test.describe("the 24 h window closing", () => {
  // Signed in by the fixture: the 6 s below must cover only the page load, not the login as well.
  test("free text is disabled live when the window ends, and a template still reaches the lead", async ({ brokerPage: page, sandboxPhone }) => {
    const { phone, conversationId } = await sandboxPhone.leadStarts("Oi! Ainda tem unidade com varanda?", { name: "Lead Janela Curta" });
    // A short window for the test: this conversation's window ends 6 s from now (the real one is 24 h).
    await (await e2eDb()).conversation.update({
      where: { id: conversationId },
      data: { assigneeId: await userId(DEMO.ana.email), windowExpiresAt: new Date(Date.now() + 6_000) },
    });
    await page.goto(`/inbox/${conversationId}`);
    await expect(page.getByRole("textbox", { name: "Mensagem" })).toBeVisible();
    await expect(page.getByTestId("window-closed")).toContainText("Janela de 24 horas encerrada", { timeout: 20_000 });
    await expect(page.getByRole("textbox", { name: "Mensagem" })).toHaveCount(0);
    // The server refuses free text as well, whatever the browser shows.
    const refused = await page.request.post("/api/trpc/inbox.sendText", {
      data: { json: { conversationId, clientRequestId: `e2e-${Date.now()}`, body: "Oi de novo" } },
    });
    expect(refused.status()).toBe(412);
    expect(await refused.text()).toContain("template");

    await page.getByRole("button", { name: "Enviar template" }).click();
    const dialog = page.getByRole("dialog", { name: "Enviar template" });
    await dialog.getByRole("radio", { name: /boas_vindas_lancamento/ }).click();
    await dialog.getByRole("button", { name: "Enviar template" }).click();
    await expect(page.getByText("Template enviado. Quando o lead responder, a conversa volta a ficar livre.", { exact: true })).toBeVisible();
    await expect
      .poll(async () => (await sandboxPhone.inbox(phone)).map((m) => m.text ?? ""), { timeout: 30_000 })
      .toContainEqual(expect.stringContaining("Lead Janela Curta"));
  });

  // Issue 12 item 3: the browser's clock 5 min behind the server's made it read "24 h 5 min".
  test("right after the lead writes, the countdown never shows more than the channel's 24 h", async ({ page }) => {
    await page.clock.install({ time: new Date(Date.now() - 5 * 60_000) });
    const phone = newLeadPhone();
    await leadWrites(page.request, phone, "Oi! Acabei de ver o anúncio do Jardins.", "Lead Relógio Atrasado");
    const conversationId = await conversationOf(phone);
    await loginAs(page, "manager");
    await page.goto(`/inbox/${conversationId}`);
    await expect(page.getByTestId("message").filter({ hasText: "Acabei de ver o anúncio" })).toHaveCount(1);
    await expect(page.getByTestId("window-countdown")).toHaveText(/^janela fecha em (24 h 0 min|23 h \d+ min)$/);
    // Item 2: the distribution's line names the broker the header shows, never "sem responsável".
    await expect(page.getByTestId("chat-assignee")).toHaveText(/^Responsável: (Ana Corretora|Bruno Corretor)$/);
    const assignee = (await page.getByTestId("chat-assignee").textContent())?.replace("Responsável: ", "");
    await expect(page.getByTestId("system-line").filter({ hasText: "Conversa atribuída a" })).toHaveText(new RegExp(`^Conversa atribuída a ${assignee} · `));
    await expect(page.getByTestId("system-line").filter({ hasText: "sem responsável" })).toHaveCount(0);
  });
});
