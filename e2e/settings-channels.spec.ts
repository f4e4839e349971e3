import type { Page } from "@playwright/test";
import { expect, loginAs, test } from "./fixtures";

// The e2e launcher derives the WhatsApp sandbox's port from the app's (dev/launcher/main.ts).
const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
const SANDBOX = `http://127.0.0.1:${APP_PORT + 5290}`;
const TOKEN = "sandbox-access-token";
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

async function createChannelThroughTheFlow(page: Page, ids: { name: string; phoneNumberId: string; wabaId: string; phone: string; queueName: string }) {
  await page.goto("/settings");
  await page.getByRole("navigation", { name: "Configurações" }).getByRole("link", { name: "Canais do Comunicador" }).click();
  await expect(page.getByRole("heading", { name: "Canais do Comunicador" })).toBeVisible();
  await expect(page.getByTestId("channel-row-109876543210001")).toContainText("Vendas — Jardins");
  await page.getByRole("link", { name: "Novo canal" }).first().click();

  // 1. Empresa e responsável: inline pt-BR messages say what to fix.
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByText("Dê um nome ao canal (pelo menos 2 letras)")).toBeVisible();
  await expect(page.getByText("Informe um e-mail válido")).toBeVisible();
  await page.getByLabel("Nome do canal").fill(ids.name);
  await page.getByLabel("Razão social ou nome do cliente").fill("Imobiliária E2E Ltda");
  await page.getByLabel("E-mail do responsável pela integração").fill("implantacao@e2e.comunicador.dev");
  await page.getByLabel("ID do Gerenciador de Negócios").fill(digits(15));
  await page.getByLabel("Estimativa de leads por mês").fill("500");
  await page.getByLabel("Estimativa de mensagens por mês").fill("8000");
  await page.getByRole("button", { name: "Continuar" }).click();

  // 2. Número e modalidade, with the seed's checklist as required confirmations.
  await expect(page.getByRole("heading", { name: "Número e modalidade" })).toBeFocused();
  await page.getByLabel("Número do WhatsApp").fill(ids.phone);
  await expect(page.getByRole("radio", { name: /^Ativo/ })).toBeChecked();
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByText("Confirme este item: ele é obrigatório para a Meta vincular o número à API.")).toHaveCount(4);
  for (const item of [/“virgem”/, /é corporativa/, /documentação da empresa está validada/, /não poderá mais usar o aplicativo/]) {
    await page.getByRole("checkbox", { name: item }).click();
  }
  await page.getByRole("button", { name: "Continuar" }).click();

  // 3. Dados da Meta.
  await page.getByLabel("Phone Number ID").fill(ids.phoneNumberId);
  await page.getByLabel("ID da conta do WhatsApp Business (WABA)").fill(ids.wabaId);
  await page.getByLabel("Token de acesso").fill(TOKEN);
  await page.getByRole("button", { name: "Continuar" }).click();

  // 4. Where the number's leads go (issue 12 item 5): without a queue nobody would see them.
  await expect(page.getByRole("heading", { name: "Fila de distribuição" })).toBeFocused();
  await expect(page.getByRole("radio", { name: /^Comunicador — Chat Online/ })).toBeVisible();
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByText("Escolha a fila que vai atender os leads deste número.")).toBeVisible();
  await page.getByRole("radio", { name: /^Criar uma fila nova/ }).check();
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByText("Dê um nome à fila (pelo menos 2 letras).")).toBeVisible();
  await expect(page.getByText("Escolha pelo menos um corretor para a fila.")).toBeVisible();
  await page.getByLabel("Nome da fila").fill(ids.queueName);
  await page.getByRole("checkbox", { name: "Ana Corretora" }).click();
  await page.getByRole("button", { name: "Continuar" }).click();

  // 5. Revisão: the token is never echoed back.
  await expect(page.getByRole("heading", { name: "Revisão" })).toBeVisible();
  await expect(page.getByText(`Nova fila “${ids.queueName}” com 1 corretor`)).toBeVisible();
  await expect(page.getByText("••••••••oken")).toBeVisible();
  await expect(page.locator("main")).not.toContainText(TOKEN);
  await page.getByRole("button", { name: "Criar canal" }).click();
  await expect(page).toHaveURL(/\/settings\/channels\/[^/?]+\?created=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Canal criado. Agora configure o webhook na Meta" })).toBeVisible();
}

test.describe("Canais do Comunicador", () => {
  test("an admin creates a channel through the flow, sees masked credentials, copies the webhook, edits its mode and tests it", async ({ page, context, baseURL }) => {
    // The whole admin flow in one test, now with the queue step too: more than the default 60 s in CI.
    test.slow();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await loginAs(page, "admin");
    const phoneNumberId = `1${digits(14)}`;
    const wabaId = `2${digits(14)}`;
    const name = `Canal E2E ${digits(5)}`;
    const queueName = `Fila E2E ${digits(5)}`;
    await createChannelThroughTheFlow(page, { name, phoneNumberId, wabaId, phone: `(11) 9${digits(4)}-${digits(4)}`, queueName });
    // The channel says where its leads go: the queue the wizard created is bound to it, ahead of
    // any older general queue in the shared database.
    await expect(page.getByTestId("channel-lead-queue")).toHaveText(`Os leads deste número vão para a fila ${queueName} (1 corretor disponível).`);
    // The sandbox learns the new number as the launcher teaches it the seeded ones.
    await page.request.put(`${SANDBOX}/_sandbox/numbers/${phoneNumberId}`, { data: { wabaId, displayPhoneNumber: "5511955550000", verifiedName: name } });

    // Read-only, masked credentials; only the webhook URL and verify token can be copied.
    await expect(page.getByText("Não altere estes dados manualmente.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Token de acesso" })).toHaveValue("••••••••oken");
    await expect(page.getByRole("textbox", { name: "Token de verificação" })).toHaveValue(/^•{8}[\w-]{4}$/);
    await expect(page.getByRole("textbox", { name: "URL do webhook" })).toHaveValue(`${baseURL}/api/webhooks/meta`);
    expect(await page.content()).not.toContain(TOKEN);
    await page.getByRole("button", { name: "Copiar URL do webhook" }).click();
    await expect(page.getByText("URL do webhook: copiado", { exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/api/webhooks/meta`);
    await page.getByRole("button", { name: "Copiar Token de verificação" }).click();
    // The token is fetched on click, then written to the clipboard: wait for it to land.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^[\w-]{32}$/);
    const verifyToken = await page.evaluate(() => navigator.clipboard.readText());
    await expect(page.getByRole("textbox", { name: "Token de verificação" })).toHaveValue(`••••••••${verifyToken.slice(-4)}`);
    await expect(page.getByRole("button", { name: /Copiar Token de acesso/ })).toHaveCount(0);

    // Meta (the sandbox) accepts the token.
    await page.getByRole("button", { name: "Verificar conexão" }).click();
    await expect(page.getByTestId("token-state")).toHaveText("Token válido");

    // A text to someone who never wrote is refused by Meta with the 24 h rule, explained in pt-BR.
    const lead = `+55119${digits(8)}`;
    await page.getByLabel("Enviar para").fill(lead);
    await page.getByRole("button", { name: "Enviar teste" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "A janela de 24 horas está fechada" });
    await expect(refusal).toContainText("mande antes uma mensagem do número de destino");
    // Meta's raw English line waits behind "detalhes técnicos" (issue 12 item 14).
    await expect(refusal.getByTestId("meta-problem-details")).toBeHidden();
    await refusal.getByText("detalhes técnicos", { exact: true }).click();
    await expect(refusal.getByTestId("meta-problem-details")).toBeVisible();
    await expect(refusal.getByTestId("meta-problem-details")).toContainText("Código da Meta: 131047 — ");

    // Reception test: waits until the lead's message reaches the number through the webhook.
    await page.getByRole("button", { name: "Iniciar teste" }).click();
    await expect(page.getByTestId("reception-state")).toContainText("Aguardando a chegada");
    const sent = await page.request.post(`${SANDBOX}/_sandbox/leads/${encodeURIComponent(lead)}/messages`, {
      data: { phoneNumberId, type: "text", text: "Oi! Teste de recebimento", name: "Lead do Teste" },
    });
    expect(sent.status()).toBe(201);
    await expect(page.getByTestId("reception-state")).toContainText("o canal está recebendo", { timeout: 20_000 });
    await expect(page.getByTestId("reception-state")).toContainText("Oi! Teste de recebimento");
    // Now the window is open, the same test send goes through.
    await page.getByRole("button", { name: "Enviar teste" }).click();
    await expect(page.getByRole("status").filter({ hasText: "A Meta aceitou a mensagem" })).toBeVisible();

    // Edit the mode: receptive numbers never start conversations, so the Templates tab goes.
    const tabs = page.getByRole("navigation", { name: "Seções do canal" });
    await expect(tabs.getByRole("link", { name: "Templates" })).toBeVisible();
    await page.getByRole("radio", { name: /^Receptivo/ }).check();
    await expect(page.getByRole("radio", { name: "Sim", exact: true })).toBeDisabled();
    await expect(page.getByRole("radio", { name: "Não", exact: true })).toBeChecked();
    await page.getByRole("button", { name: "Salvar", exact: true }).click();
    const confirm = page.getByRole("dialog", { name: "Confirmar alterações" });
    await expect(confirm).toContainText("O canal deixará de iniciar conversas");
    await confirm.getByRole("button", { name: "Salvar mesmo assim" }).click();
    await expect(page.getByText("Canal salvo.", { exact: true })).toBeVisible();
    await expect(tabs.getByRole("link", { name: "Templates" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("radio", { name: /^Receptivo/ })).toBeChecked();

    // Configurações: developments, tags and media given to leads arriving on this number.
    await tabs.getByRole("link", { name: "Configurações" }).click();
    // The wizard's queue is the channel's own, and stays so when the other links change.
    const leadQueue = page.getByLabel("Fila dos leads deste número");
    await expect(leadQueue.locator("option:checked")).toHaveText(queueName);
    await page.getByRole("checkbox", { name: /Residencial Jardins/ }).click();
    await page.getByRole("checkbox", { name: /^Fachada/ }).click();
    await page.getByLabel("Nova tag").fill("E2E Canal");
    await page.getByRole("button", { name: "Adicionar" }).click();
    await page.getByRole("button", { name: "Salvar configurações" }).click();
    await expect(page.getByText("Configurações do canal salvas.", { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("checkbox", { name: /Residencial Jardins/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /^Fachada/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "e2e canal" })).toBeChecked();
    await expect(leadQueue.locator("option:checked")).toHaveText(queueName);

    await page.goto("/settings/channels");
    await expect(page.getByTestId(`channel-row-${phoneNumberId}`)).toContainText("Receptivo");
    await expect(page.getByTestId(`channel-row-${phoneNumberId}`)).toContainText("Token válido");
    await expect(page.getByTestId(`channel-row-${phoneNumberId}`)).not.toContainText("Sem fila");
  });

  test("a broker is refused the channel pages and procedures", async ({ page }) => {
    await loginAs(page, "bruno");
    for (const path of ["/settings/channels", "/settings/channels/new", "/settings/channels/qualquer-id", "/settings/channels/qualquer-id/links"]) {
      await page.goto(path);
      await expect(page.getByTestId("forbidden")).toContainText("Você não tem acesso a esta página");
    }
    await expect(page.getByRole("link", { name: "Canais do Comunicador" })).toHaveCount(0);
    const list = await page.request.get(`/api/trpc/channels.list?input=${encodeURIComponent(JSON.stringify({ json: null }))}`);
    expect(list.status()).toBe(403);
    const reveal = await page.request.post("/api/trpc/channels.revealVerifyToken", { data: { json: { channelId: "x" } } });
    expect(reveal.status()).toBe(403);
  });
});
