import type { Page } from "@playwright/test";
import { uniqueSuffix } from "../prisma/seed/unique";
import { expect, loginAs, test } from "./fixtures";
import { e2eDb } from "./leads-support";

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

// A channel of the test's own, so that switching its assistant changes nothing other specs see.
async function createChannel(page: Page, name: string): Promise<string> {
  const response = await page.request.post("/api/trpc/channels.create", {
    data: {
      json: {
        name,
        companyName: "Imobiliária E2E Ltda",
        responsibleEmail: "implantacao@e2e.comunicador.dev",
        businessManagerId: digits(15),
        expectedMonthlyLeads: 100,
        expectedMonthlyMessages: 1000,
        phoneNumber: `(11) 9${digits(4)}-${digits(4)}`,
        mode: "RECEPTIVE",
        confirmVirginNumber: true,
        confirmCorporateAccount: true,
        confirmDocumentsValidated: true,
        confirmLosesAppAccess: true,
        phoneNumberId: `3${digits(14)}`,
        wabaId: `4${digits(14)}`,
        accessToken: "sandbox-access-token",
      },
    },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
}

// What the gateway records for a call; the provider itself is another screen's concern.
async function recordCall(channelId: string, prompt: string) {
  const db = await e2eDb();
  await db.assistantCall.create({
    data: {
      channelId,
      feature: "SUGGESTION",
      model: "modelo-e2e",
      system: "Fatos: Residencial Jardins, 2 quartos, 62 m², R$ 489.000.",
      prompt,
      sharedContactData: false,
      outcome: "OK",
      durationMs: 420,
      inputTokens: 1234,
      outputTokens: 56,
    },
  });
}

test.describe("the channel's AI assistant", () => {
  test("an admin turns it on with the keyboard, sees exactly what was sent, and finds the change audited", async ({ adminPage: page }) => {
    const name = `Assistente E2E ${uniqueSuffix()}`;
    const channelId = await createChannel(page, name);

    await page.goto(`/settings/channels/${channelId}`);
    await page.getByRole("navigation", { name: "Seções do canal" }).getByRole("link", { name: "Assistente de IA" }).click();
    await expect(page.getByRole("heading", { name: "Assistente de IA", level: 2 })).toBeVisible();

    // Off by default, contact data masked, nothing used yet.
    const assistant = page.getByRole("switch", { name: "Ligar o assistente neste canal" });
    const contactData = page.getByRole("switch", { name: "Enviar telefones e e-mails ao provedor" });
    await expect(assistant).not.toBeChecked();
    await expect(page.getByText(/^Desligado: nada deste canal é enviado/)).toBeVisible();
    await expect(contactData).not.toBeChecked();
    await expect(page.getByText(/^LGPD: telefone, e-mail e CPF são dados pessoais/)).toBeVisible();
    await expect(page.getByTestId("assistant-provider")).toContainText(/Nenhum provedor de IA configurado|Modelo: /);
    await expect(page.getByText("Nenhum uso nos últimos 30 dias.")).toBeVisible();
    await expect(page.getByText("Nenhuma chamada ao provedor ainda.")).toBeVisible();

    await assistant.focus();
    await page.keyboard.press("Space");
    await expect(assistant).toBeChecked();
    await expect(page.getByText("Assistente ligado neste canal.", { exact: true })).toBeVisible();
    await expect(page.getByText(/^Ligado: os corretores deste número/)).toBeVisible();

    // Sending contact data asks first; cancelling leaves the mask on.
    await contactData.click();
    const confirm = page.getByRole("dialog", { name: "Enviar dados de contato ao provedor?" });
    await expect(confirm).toContainText("sem máscara");
    await confirm.getByRole("button", { name: "Cancelar" }).click();
    await expect(confirm).toBeHidden();
    await expect(contactData).not.toBeChecked();

    // A call the gateway recorded: the usage row and, on demand, the masked text it sent.
    await recordCall(channelId, "Lead ([telefone]): qual o valor do 2 quartos?");
    await page.reload();
    await expect(assistant).toBeChecked();
    const usage = page.getByTestId("assistant-usage");
    await expect(usage).toContainText("Sugestão de resposta");
    await expect(usage).toContainText("1.234");
    const call = page.getByTestId("assistant-call").first();
    await expect(call).toContainText("modelo-e2e");
    await expect(call).toContainText("Contatos mascarados");
    const show = call.getByRole("button", { name: "Ver o que foi enviado" });
    await expect(show).toHaveAttribute("aria-expanded", "false");
    await show.focus();
    await page.keyboard.press("Enter");
    await expect(call.getByRole("button", { name: "Ocultar o que foi enviado" })).toHaveAttribute("aria-expanded", "true");
    await expect(call.getByTestId("assistant-call-sent")).toContainText("Lead ([telefone]): qual o valor do 2 quartos?");
    await expect(call.getByTestId("assistant-call-sent")).toContainText("R$ 489.000");

    await page.goto("/settings/audit");
    const row = page.getByTestId("audit-row").filter({ hasText: `Ligou o assistente de IA no canal ${name}` });
    await expect(row).toBeVisible();
    await expect(row).toContainText("Administradora Demo");
    await expect(page.getByTestId("audit-row").filter({ hasText: `Permitiu enviar telefones e e-mails ao provedor de IA no canal ${name}` })).toHaveCount(0);
  });

  test("a manager without the channels permission is refused the page", async ({ page }) => {
    await loginAs(page, "manager");
    const response = await page.goto("/settings/channels/qualquer-id/assistant");
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toBeVisible();
  });
});
