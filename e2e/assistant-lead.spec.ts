import type { Page } from "@playwright/test";
import { DEMO_CHANNELS } from "../prisma/seed/demo";
import { uniqueSuffix } from "../prisma/seed/unique";
import { DEMO, expect, gotoHydrated, test } from "./fixtures";
import { trpcMutation } from "./inbox-support";
import { e2eDb } from "./leads-support";

// Issue 13, "Done when": the assistant on the lead's side. The demo's active channel gets its
// assistant switched on by an administrator, through the channels procedure the settings page uses;
// the launcher's AI stand-in answers over HTTP.
test.describe("the assistant on leads", () => {
  test.beforeEach(async ({ adminPage }) => {
    const db = await e2eDb();
    const channel = await db.channel.findUniqueOrThrow({ where: { phoneNumberId: DEMO_CHANNELS.active.phoneNumberId }, select: { id: true } });
    await trpcMutation(adminPage, "channels.setAssistant", { channelId: channel.id, enabled: true, sharesContactData: false });
  });

  const leadIdOf = async (conversationId: string) => (await (await e2eDb()).conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { leadId: true } })).leadId;

  test("a voice note sent from the sandbox phone page appears transcribed in the broker's open thread", async ({ brokerPage: page, browser, sandboxPhone, assign }) => {
    // Download, then transcription, each a background job: more than the default minute on a busy machine.
    test.slow();
    const name = `Lead Áudio ${uniqueSuffix()}`;
    const phone = sandboxPhone.newPhone();
    const lead = await (await browser.newContext()).newPage();
    await lead.goto(sandboxPhone.url);
    await lead.getByLabel("Número da empresa").selectOption(sandboxPhone.number);
    await lead.getByLabel("Nome", { exact: true }).fill(name);
    await lead.getByLabel("Telefone", { exact: true }).fill(phone);
    await lead.getByRole("button", { name: "Adicionar lead" }).click();
    await lead.getByRole("list", { name: "Conversas dos leads" }).getByText(name).click();
    const typed = lead.getByLabel("Mensagem do lead");
    await expect(typed).toBeEnabled();
    await typed.fill("Oi, boa tarde!");
    await typed.press("Enter");
    const conversationId = await sandboxPhone.conversationOf(phone);
    await assign(conversationId, "ana");

    // The broker has the thread open when the voice note arrives: it shows up, then its words, without a reload.
    await page.goto(`/inbox/${conversationId}`);
    await expect(page.getByTestId("message").filter({ hasText: "Oi, boa tarde!" })).toHaveCount(1);
    const spoken = "Queria saber o valor do apartamento de dois quartos e se dá para visitar no sábado";
    await typed.fill(spoken);
    await lead.getByRole("button", { name: /Enviar como áudio/ }).click();

    const transcript = page.getByTestId("voice-transcript");
    await expect(transcript).toHaveAttribute("data-status", "DONE", { timeout: 30_000 });
    await expect(transcript).toHaveText(spoken);
    await expect(page.getByTestId("message").filter({ has: transcript }).locator("audio")).toHaveCount(1);

    await lead.context().close();
  });

  test("transferring a conversation writes a summary on the lead's history", async ({ brokerPage: page, managerPage: manager, sandboxPhone, assign }) => {
    test.slow();
    const { phone, conversationId } = await sandboxPhone.leadStarts("Oi! Quero um apartamento de 2 quartos. Qual o valor?", { name: `Lead Resumo ${uniqueSuffix()}` });
    await assign(conversationId, "ana");
    await gotoHydrated(page, `/inbox/${conversationId}`);
    const composer = page.getByRole("textbox", { name: "Mensagem" });
    await composer.fill("Olá! Vou te enviar a tabela de preços ainda hoje.");
    await composer.press("Enter");
    // The reply reaches the lead's phone before the lead answers it, so the conversation reads in that order.
    await expect.poll(async () => (await sandboxPhone.inbox(phone)).some((m) => m.text?.includes("Vou te enviar a tabela")), { timeout: 30_000 }).toBe(true);
    await sandboxPhone.writes(phone, "Obrigado! Dá para visitar o decorado?");
    await expect(page.getByTestId("message").filter({ hasText: "Dá para visitar o decorado?" })).toHaveCount(1);

    // Ana hands it to Bruno from the chat's menu.
    await page.getByRole("button", { name: "Ações da conversa" }).click();
    await page.getByRole("menuitem", { name: "Transferir" }).click();
    await page.getByLabel("Responsável").selectOption({ label: DEMO.bruno.name });
    await page.getByRole("button", { name: "Confirmar" }).click();
    await expect(page.getByText(`Conversa passada para ${DEMO.bruno.name}.`, { exact: true })).toBeVisible();

    // The summary is written in the background: the manager finds it on the lead's history. (Ana's
    // own assignment a moment ago asked for one too, written from the first message alone.)
    const leadId = await leadIdOf(conversationId);
    const summary = manager
      .getByTestId("history-item")
      .filter({ has: manager.getByTestId("conversation-summary") })
      .filter({ hasText: "Vou te enviar a tabela de preços" });
    await expect
      .poll(
        async () => {
          await manager.goto(`/leads/${leadId}`);
          return summary.count();
        },
        { timeout: 40_000 },
      )
      .toBe(1);
    await expect(summary).toContainText("Resumo da conversa");
    await expect(summary).toContainText("feito pelo assistente na transferência");
    const text = summary.getByTestId("conversation-summary");
    await expect(text).toContainText("O lead quer: Quer 2 quartos, saber o valor, visitar.");
    await expect(text).toContainText("Prometido: Olá! Vou te enviar a tabela de preços ainda hoje.");
    await expect(text).toContainText('Pendente: Responder ao lead: "Obrigado! Dá para visitar o decorado?"');
  });

  test("the broker runs the qualification, edits one field, confirms, and the lead shows the saved fields", async ({ brokerPage: page, sandboxPhone, assign }) => {
    const { phone, conversationId } = await sandboxPhone.leadStarts("Olá! Quero comprar um apartamento de 2 quartos, até 500 mil.", { name: `Lead Qualifica ${uniqueSuffix()}` });
    await sandboxPhone.writes(phone, "Vou usar financiamento com FGTS. Queria visitar o decorado sábado de manhã.");
    await assign(conversationId, "ana");
    const leadId = await leadIdOf(conversationId);
    await expect.poll(async () => (await e2eDb()).message.count({ where: { conversationId } }), { timeout: 20_000 }).toBe(2);

    await gotoHydrated(page, `/leads/${leadId}`);
    await page.getByRole("button", { name: "Qualificar com IA" }).click();
    const dialog = page.getByRole("dialog", { name: "Qualificação proposta pela IA" });
    await expect(dialog.getByText(/^Proposta do simulador local de IA/)).toBeVisible();
    const field = (name: string) => dialog.locator(`[data-field="${name}"]`);
    await expect(field("bedrooms").getByLabel("Quartos", { exact: true })).toHaveValue("2");
    await expect(field("bedrooms").getByTestId("confidence")).toHaveText("confiança 90%");
    await expect(field("budgetMax").getByLabel("Orçamento máximo", { exact: true })).toHaveValue("500000");
    await expect(field("financing").getByLabel("Financiamento", { exact: true })).toHaveValue("YES");
    await expect(field("visitWanted").getByLabel("Quer visitar", { exact: true })).toHaveValue("true");
    await expect(field("budgetMin").getByRole("checkbox")).not.toBeChecked();

    // The lead said 2, the broker knows it is 3.
    await field("bedrooms").getByLabel("Quartos", { exact: true }).fill("3");
    await dialog.getByRole("button", { name: "Salvar no lead" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Qualificação salva no lead.", { exact: true })).toBeVisible();

    await expectSavedFields(page);
    const change = page.getByTestId("history-item").filter({ hasText: "Qualificação do lead atualizada" });
    await expect(change).toContainText("Quartos: — → 3 quartos");
    await expect(change).toContainText("proposta da IA confirmada");

    // The leads list filters by what was saved.
    await gotoHydrated(page, "/leads");
    await page.getByTestId("filter-bedrooms").selectOption("3");
    await page.getByTestId("filter-visit").selectOption("yes");
    await expect(page.getByTestId("lead-row").filter({ hasText: "Lead Qualifica" }).first()).toBeVisible();
    await page.getByTestId("filter-bedrooms").selectOption("2");
    await expect(page.getByTestId("lead-row").filter({ has: page.locator(`a[href="/leads/${leadId}"]`) })).toHaveCount(0);
  });
});

async function expectSavedFields(page: Page) {
  const saved = page.getByTestId("lead-qualification");
  await expect(saved.locator('[data-field="bedrooms"] dd')).toHaveText("3 quartos");
  await expect(saved.locator('[data-field="budget"] dd')).toHaveText(/^até R\$\s?500\.000$/);
  await expect(saved.locator('[data-field="financing"] dd')).toHaveText("Vai financiar");
  await expect(saved.locator('[data-field="visitWanted"] dd')).toHaveText("Sim");
  await expect(saved.locator('[data-field="visitWhen"] dd')).toHaveText(/^sábado de manhã/);
  await expect(saved.locator('[data-field="interest"] dd')).toHaveText("apartamento para comprar");
}
