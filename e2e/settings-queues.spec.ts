import type { Page } from "@playwright/test";
import { expect, loginAs, test } from "./fixtures";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function trpc<T>(page: Page, path: string, input?: unknown): Promise<T> {
  const response =
    input === undefined ? await page.request.get(`/api/trpc/${path}`) : await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.ok(), `${path}: ${response.status()}`).toBe(true);
  return (await response.json()).result.data.json as T;
}

// Brokers of the test's own, so other specs toggling the demo users cannot change who is eligible.
async function createBroker(page: Page, name: string, canCommunicate: boolean) {
  const profiles = await trpc<{ id: string; name: string }[]>(page, "users.profileOptions");
  const broker = profiles.find((p) => p.name === "Corretor");
  if (!broker) throw new Error("Corretor profile missing");
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@e2e.comunicador.dev`;
  await trpc(page, "users.create", { name, email, password: "lua cheia sobre o mar", accessProfileId: broker.id, canCommunicate });
}

test.describe("lead queues", () => {
  test("an admin creates a Comunicador queue with ordered members, sees who gets the next lead, disables and deletes it", async ({ page }) => {
    await loginAs(page, "admin");
    const id = unique();
    const [first, second, blocked] = [`Alice ${id}`, `Beatriz ${id}`, `Sem Envio ${id}`];
    await createBroker(page, first, true);
    await createBroker(page, second, true);
    await createBroker(page, blocked, false);

    await page.goto("/settings/queues");
    await page.getByRole("link", { name: "Nova fila" }).click();
    const name = `Fila E2E ${id}`;
    await page.getByLabel("Nome da fila").fill(name);
    await page.getByRole("button", { name: "Salvar fila" }).click();
    await expect(page.getByText("Falta identificar a fila: use a tag cvcrmcomunicador ou ative o campo Comunicador CV.", { exact: true })).toBeVisible();
    await expect(page.getByText("Escolha a origem: Chat Online ou ChatBot.", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Usar cvcrmcomunicador" }).click();
    await expect(page.getByLabel("Tag da fila")).toHaveValue("cvcrmcomunicador");
    await expect(page.getByText("✓ Esta fila recebe leads do Comunicador.", { exact: true })).toBeVisible();
    await page.getByRole("radio", { name: "ChatBot" }).check();
    await page.getByRole("checkbox", { name: "Residencial Jardins" }).click();

    const add = page.getByLabel("Adicionar membro");
    await add.selectOption({ label: blocked + " — fora do rodízio: Comunicação bloqueada" });
    await add.selectOption({ label: first });
    await add.selectOption({ label: second });
    await expect(page.getByTestId(`member-${blocked}`)).toContainText("Comunicação bloqueada");
    await expect(page.getByTestId("next-preview")).toHaveText(`Próximo lead vai para: ${first}`);
    await page.getByRole("button", { name: `Subir ${second}` }).click();
    await expect(page.getByTestId("next-preview")).toHaveText(`Próximo lead vai para: ${second}`);
    await page.getByRole("button", { name: "Salvar fila" }).click();
    await expect(page.getByText(`Fila “${name}” criada.`, { exact: true })).toBeVisible();

    const card = page.getByTestId(`queue-${name}`);
    await expect(card).toContainText("ChatBot");
    await expect(card).toContainText("Tag cvcrmcomunicador");
    await expect(card).toContainText("Residencial Jardins");
    await expect(card).toContainText("3 membros · 1 fora do rodízio");
    await expect(card.getByTestId("next-assignee")).toHaveText(`Próximo lead: ${second}`);

    await card.getByRole("switch", { name: `Fila ${name} ativa` }).click();
    await expect(page.getByText(`Fila “${name}” desativada: ela não recebe novos leads.`, { exact: true })).toBeVisible();
    await expect(card.getByText("Desativada")).toBeVisible();
    await card.getByRole("switch", { name: `Fila ${name} ativa` }).click();
    await expect(card.getByText("Ativa", { exact: true })).toBeVisible();

    await card.getByRole("link", { name: `Editar ${name}` }).click();
    await expect(page.getByRole("radio", { name: "ChatBot" })).toBeChecked();
    await page.getByRole("button", { name: `Tirar ${blocked} da fila` }).click();
    await page.getByRole("button", { name: "Salvar fila" }).click();
    await expect(page.getByText(`Fila “${name}” salva.`, { exact: true })).toBeVisible();
    await expect(card).toContainText("2 membros");

    await card.getByRole("button", { name: `Excluir ${name}` }).click();
    const confirm = page.getByRole("dialog", { name: `Excluir a fila “${name}”?` });
    await expect(confirm).toContainText("Nenhum lead está nesta fila.");
    await confirm.getByRole("button", { name: "Excluir" }).click();
    await expect(page.getByText(`Fila “${name}” excluída.`, { exact: true })).toBeVisible();
    await expect(card).toBeHidden();
  });

  test("a broker is refused the queues pages", async ({ page }) => {
    await loginAs(page, "bruno");
    await page.goto("/settings/queues");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await page.goto("/settings/queues/new");
    await expect(page.getByTestId("forbidden")).toBeVisible();
  });
});
