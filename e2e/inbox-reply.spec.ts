import { uniqueSuffix } from "../prisma/seed/unique";
import { DEMO, expect, gotoHydrated, loginAs, test } from "./fixtures";

// The broker's reply leaves through Inngest's message/send, reaches the lead's phone in the
// sandbox, and the ticks follow Meta's statuses: sent → delivered → read.
test.describe("replying from the inbox", () => {
  test("a reply reaches the lead and its ticks go from sent to delivered to read", async ({ brokerPage: page, sandboxPhone, assign }) => {
    const { phone, conversationId } = await sandboxPhone.leadStarts("Quais os valores?", { name: `Lead Resposta ${uniqueSuffix()}`, autoRead: false });
    await assign(conversationId, "ana");

    await page.goto(`/inbox/${conversationId}`);
    await expect(page.getByTestId("window-countdown")).toHaveText(/janela fecha em (23 h|24 h 0) /);
    const composer = page.getByRole("textbox", { name: "Mensagem" });
    await composer.fill("Olá! A partir de R$ 450 mil.");
    await composer.press("Shift+Enter");
    await composer.pressSequentially("Posso enviar a tabela?");
    await composer.press("Enter");
    await expect(composer).toHaveValue("");

    const reply = page.getByTestId("message").filter({ hasText: "Posso enviar a tabela?" });
    await expect(reply).toHaveCount(1);
    await expect(reply).toHaveAttribute("data-direction", "OUTBOUND");
    await expect(reply).toHaveAttribute("data-status", "DELIVERED", { timeout: 30_000 });
    await expect(reply.getByRole("img", { name: "Entregue" })).toBeVisible();
    await expect.poll(async () => (await sandboxPhone.inbox(phone)).map((m) => m.text)).toContainEqual("Olá! A partir de R$ 450 mil.\nPosso enviar a tabela?");

    await sandboxPhone.reads(phone);
    await expect(reply).toHaveAttribute("data-status", "READ", { timeout: 15_000 });
    await expect(reply.getByRole("img", { name: "Lida" })).toBeVisible();
    await expect(page.getByTestId("message").filter({ hasText: "Posso enviar a tabela?" })).toHaveCount(1);
  });

  test("'/' fills a standard message for this lead, and a development material can be sent", async ({ brokerPage: page, sandboxPhone, assign }) => {
    const { conversationId } = await sandboxPhone.leadStarts("Boa tarde", { name: `Lead Padrão ${uniqueSuffix()}` });
    await assign(conversationId, "ana");

    await page.goto(`/inbox/${conversationId}`);
    const composer = page.getByRole("textbox", { name: "Mensagem" });
    await composer.fill("/agendar");
    await page.getByRole("option", { name: /Agendar visita/ }).click();
    await expect(composer).toHaveValue(/^Que tal agendarmos uma visita/);
    await composer.fill("/assinatura");
    await composer.press("Enter");
    await expect(composer).toHaveValue(`Qualquer dúvida, é só chamar. ${DEMO.ana.name} — corretora`);
    await composer.fill("");

    await page.getByRole("button", { name: "Anexar" }).click();
    await page.getByRole("menuitem", { name: "Materiais do empreendimento" }).click();
    const dialog = page.getByRole("dialog", { name: "Materiais do empreendimento" });
    await expect(dialog.getByText("Residencial Jardins")).toBeVisible();
    await dialog.getByRole("button", { name: "Enviar Planta 2 dormitórios" }).click();
    const material = page.getByTestId("message").filter({ hasText: "Planta 2 dormitórios" });
    await expect(material).toHaveCount(1);
    await expect(material).toHaveAttribute("data-status", /^(SENT|DELIVERED|READ)$/, { timeout: 30_000 });
  });

  test("after 24 h the composer gives way to the template path", async ({ page }) => {
    await loginAs(page, "bruno");
    await page.getByTestId("conversation-row").filter({ hasText: "João Pereira" }).click();
    await expect(page.getByTestId("window-countdown")).toHaveText("janela de 24 h fechada");
    await expect(page.getByTestId("window-closed")).toContainText("Janela de 24 horas encerrada");
    await expect(page.getByRole("textbox", { name: "Mensagem" })).toHaveCount(0);
    // "Atendimento — Marina" is receptive: no template can go out, and the panel says why.
    await expect(page.getByTestId("template-blocked")).toContainText("Este canal é receptivo");
  });

  // Issue 12 items 7 and 10.
  test("a broker reaches personal standard messages from the composer's / menu and the user menu, and sees the 4096 limit coming", async ({ brokerPage: page, sandboxPhone, assign }) => {
    const { conversationId } = await sandboxPhone.leadStarts("Pode me mandar todos os detalhes do Jardins?", { name: `Lead Detalhes ${uniqueSuffix()}` });
    await assign(conversationId, "ana");

    await page.goto(`/inbox/${conversationId}`);
    const composer = page.getByRole("textbox", { name: "Mensagem" });
    const counter = page.getByTestId("composer-counter");
    await composer.fill("Olá! Seguem os detalhes do Residencial Jardins.");
    await expect(counter).toHaveCount(0);
    await composer.fill("a".repeat(4000));
    await expect(counter).toHaveText("4.000/4.096 caracteres");
    await composer.fill("a".repeat(4100));
    await expect(counter).toHaveText("4.100/4.096 caracteres — 4 acima do limite do WhatsApp");

    await composer.fill("/");
    await expect(page.getByRole("listbox", { name: "Mensagens padrão" })).toBeVisible();
    await page.getByRole("link", { name: "Criar e editar minhas mensagens padrão →" }).click();
    await expect(page).toHaveURL(/\/settings\/standard-messages$/);
    await expect(page.getByRole("heading", { name: "Mensagens padrão", level: 1 })).toBeVisible();

    await gotoHydrated(page, "/inbox");
    await page.getByRole("button", { name: `${DEMO.ana.name} — menu do usuário` }).click();
    await page.getByRole("menuitem", { name: "Minhas mensagens padrão" }).click();
    await expect(page).toHaveURL(/\/settings\/standard-messages$/);
  });
});
