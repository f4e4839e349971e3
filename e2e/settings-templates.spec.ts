import type { Page } from "@playwright/test";
import { expect, loginAs, test } from "./fixtures";
import { decideTemplate, openMetaReview } from "./meta-review";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

// The demo's active channel "Vendas — Jardins", reached the way a template manager does.
async function openJardinsTemplates(page: Page) {
  await page.goto("/settings");
  await page.getByRole("navigation", { name: "Configurações" }).getByRole("link", { name: "Templates" }).click();
  await expect(page.getByRole("heading", { name: "Templates", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Ver os templates de Vendas — Jardins" }).click();
  await expect(page.getByRole("heading", { name: "Vendas — Jardins" })).toBeVisible();
  await expect(page.getByTestId("template-boas_vindas_lancamento").getByTestId("template-status")).toHaveText("✓Aprovado");
}

async function writeBody(page: Page) {
  const body = page.getByLabel("Mensagem");
  await body.fill("Olá ");
  await page.getByRole("button", { name: "Inserir a variável Nome do cliente" }).click();
  await page.keyboard.type(", aqui é ");
  await page.getByRole("button", { name: "Inserir a variável Nome do atendente" }).click();
  await page.keyboard.type(". Vamos visitar o ");
  await page.getByRole("button", { name: "Inserir a variável Nome do empreendimento" }).click();
  await page.keyboard.type("?");
  await expect(body).toHaveValue("Olá {{nome_cliente}}, aqui é {{nome_atendente}}. Vamos visitar o {{nome_empreendimento}}?");
}

test.describe("Templates", () => {
  test("a template manager writes a template with variables, sees the live preview and counter, and Meta approves it", async ({ page, browser }) => {
    // The Gestor profile holds TEMPLATES_MANAGE but not CHANNELS_MANAGE.
    await loginAs(page, "manager");
    await openJardinsTemplates(page);
    await expect(page.getByRole("navigation", { name: "Seções do canal" })).toHaveCount(0);
    await page.getByRole("link", { name: "Novo template" }).first().click();

    const id = unique();
    await page.getByLabel("Nome do template").fill(`Visita Decorado ${id}`);
    await page.getByLabel("Nome do template").blur();
    await expect(page.getByText("Use só letras minúsculas, números e _")).toBeVisible();
    await page.getByRole("button", { name: `Usar “visita_decorado_${id}”` }).click();
    await expect(page.getByLabel("Nome do template")).toHaveValue(`visita_decorado_${id}`);

    await writeBody(page);
    const preview = page.getByTestId("template-preview");
    await expect(preview).toContainText("Olá Maria, aqui é Ana. Vamos visitar o Residencial Jardins?");
    await expect(page.getByTestId("template-counter")).toHaveText("47/500 caracteres");
    await page.getByLabel("Exemplo de Nome do cliente").fill("Joana");
    await expect(preview).toContainText("Olá Joana, aqui é Ana.");

    // Over the limit: the counter says so and nothing is saved.
    const body = page.getByLabel("Mensagem");
    const text = await body.inputValue();
    await body.fill(`${text} ${"Condições especiais. ".repeat(24)}`);
    await expect(page.getByTestId("template-counter")).toContainText("acima do limite");
    await page.getByRole("button", { name: "Salvar rascunho" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "o limite é 500" })).toBeVisible();
    await body.fill(text);
    await expect(page.getByTestId("template-counter")).toHaveText("47/500 caracteres");

    await page.getByRole("radio", { name: /^Utilidade/ }).check();
    await page.getByRole("button", { name: "Salvar e enviar para a Meta" }).click();
    await expect(page.getByText("Template salvo e enviado para a Meta.", { exact: true })).toBeVisible();
    const card = page.getByTestId(`template-visita_decorado_${id}`);
    await expect(card).toContainText("Olá Joana, aqui é Ana. Vamos visitar o Residencial Jardins?");
    await expect(card).toContainText("Utilidade");
    // "Enviando para a Meta…" → Pendente → Aprovado, by polling, without reloading.
    await expect(card.getByTestId("template-status")).toHaveText("…Pendente", { timeout: 30_000 });
    const meta = await openMetaReview(browser);
    await decideTemplate(meta, `visita_decorado_${id}`, "Aprovar");
    await expect(card.getByTestId("template-status")).toHaveText("✓Aprovado", { timeout: 30_000 });
    await meta.context().close();
  });

  test("a rejected template says Meta gives no reason, goes back to draft when edited, and can be duplicated", async ({ page, browser }) => {
    await loginAs(page, "admin");
    await openJardinsTemplates(page);
    await page.getByRole("link", { name: "Novo template" }).first().click();
    const name = `oferta_${unique()}`;
    await page.getByLabel("Nome do template").fill(name);
    await page.getByLabel("Mensagem").fill("Oi {{nome_cliente}}, oferta imperdível hoje!");
    await page.getByRole("button", { name: "Salvar e enviar para a Meta" }).click();
    const card = page.getByTestId(`template-${name}`);
    // Rejected on the sandbox's Meta review panel with no reason given, as Meta usually does (NONE).
    const meta = await openMetaReview(browser);
    await decideTemplate(meta, name, "Reprovar");
    await meta.context().close();
    await expect(card.getByTestId("template-status")).toHaveText("✕Reprovado", { timeout: 30_000 });
    await expect(card).toContainText("A Meta não informa o motivo.");

    await card.getByRole("link", { name: `Editar e reenviar ${name}` }).click();
    await expect(page.getByRole("note").filter({ hasText: "A Meta não informa o motivo." })).toBeVisible();
    await expect(page.getByLabel("Nome do template")).toHaveAttribute("readonly", "");
    await page.getByLabel("Mensagem").fill("Oi {{nome_cliente}}, condição especial para você hoje!");
    await page.getByRole("button", { name: "Salvar rascunho" }).click();
    await expect(page.getByText("Rascunho salvo.", { exact: true })).toBeVisible();
    await expect(card.getByTestId("template-status")).toHaveText("✎Rascunho");

    await card.getByRole("button", { name: `Duplicar ${name}` }).click();
    await expect(page.getByText(`Cópia ${name}_copia criada como rascunho.`, { exact: true })).toBeVisible();
    await expect(page.getByLabel("Nome do template")).toHaveValue(`${name}_copia`);
    await page.getByRole("button", { name: "Cancelar" }).click();

    const copy = page.getByTestId(`template-${name}_copia`);
    await copy.getByRole("button", { name: `Excluir ${name}_copia` }).click();
    const dialog = page.getByRole("dialog", { name: `Excluir o template ${name}_copia?` });
    await expect(dialog).toContainText("nunca foi enviado para a Meta");
    await dialog.getByRole("button", { name: "Excluir" }).click();
    await expect(page.getByText("Rascunho excluído.", { exact: true })).toBeVisible();
    await expect(copy).toHaveCount(0);
  });

  test("a broker is refused the template pages and procedures", async ({ page }) => {
    await loginAs(page, "bruno");
    for (const path of ["/settings/channels/templates", "/settings/channels/qualquer-id/templates", "/settings/channels/qualquer-id/templates/new"]) {
      await page.goto(path);
      await expect(page.getByTestId("forbidden")).toContainText("Você não tem acesso a esta página");
    }
    const list = await page.request.get(`/api/trpc/templates.channels?input=${encodeURIComponent(JSON.stringify({ json: null }))}`);
    expect(list.status()).toBe(403);
  });
});
