import type { Page } from "@playwright/test";
import { expect, gotoHydrated, login, loginAs, test } from "./fixtures";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function trpc<T>(page: Page, path: string, input?: unknown): Promise<T> {
  const response =
    input === undefined ? await page.request.get(`/api/trpc/${path}`) : await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.ok(), `${path}: ${response.status()}`).toBe(true);
  return (await response.json()).result.data.json as T;
}

async function createUsers(page: Page, names: string[], canCommunicate: boolean) {
  const profiles = await trpc<{ id: string; name: string }[]>(page, "users.profileOptions");
  const broker = profiles.find((p) => p.name === "Corretor");
  if (!broker) throw new Error("Corretor profile missing");
  for (const name of names) {
    const email = `${name.toLowerCase().replace(/\W+/g, ".")}@e2e.comunicador.dev`;
    await trpc(page, "users.create", { name, email, password: "lua cheia sobre o mar", accessProfileId: broker.id, canCommunicate });
  }
}

async function search(page: Page, text: string) {
  await page.getByRole("searchbox", { name: "Buscar por nome ou e-mail" }).fill(text);
}

test.describe("users", () => {
  test("bulk-disables the communication flag for a filtered set of users, then bulk-enables it back", async ({ page }) => {
    await loginAs(page, "admin");
    const team = `Equipe E2E ${unique()}`;
    const members = [`${team} Alfa`, `${team} Beta`, `${team} Gama`];
    await createUsers(page, members, true);
    const outsider = `Fora ${unique()}`;
    await createUsers(page, [outsider], true);

    await page.goto("/settings/users");
    await search(page, team);
    await expect(page.getByText("3 usuários com esses filtros", { exact: true })).toBeVisible();
    for (const name of members) await expect(page.getByRole("switch", { name: `Comunicação de ${name}` })).toBeChecked();

    // One row, then every user matching the filter.
    await page.getByRole("checkbox", { name: `Selecionar ${members[0]}` }).click();
    await expect(page.getByTestId("bulk-selected")).toHaveText("1 usuário selecionado");
    await page.getByRole("button", { name: "Selecionar todos os 3 que correspondem ao filtro" }).click();
    await expect(page.getByTestId("bulk-selected")).toHaveText("Todos os 3 usuários que correspondem ao filtro estão selecionados");

    await page.getByRole("button", { name: "Bloquear comunicação" }).click();
    const dialog = page.getByRole("dialog", { name: "Bloquear a comunicação?" });
    await expect(dialog.getByTestId("bulk-preview")).toHaveText("3 usuários terão o envio desativado.");
    await dialog.getByRole("button", { name: "Bloquear envio" }).click();
    await expect(page.getByText("Envio desativado para 3 usuários.", { exact: true })).toBeVisible();
    await expect(dialog).toBeHidden();

    await page.reload();
    await search(page, team);
    for (const name of members) await expect(page.getByRole("switch", { name: `Comunicação de ${name}` })).not.toBeChecked();
    await search(page, outsider);
    await expect(page.getByRole("switch", { name: `Comunicação de ${outsider}` })).toBeChecked();

    await search(page, team);
    await page.getByRole("checkbox", { name: "Selecionar todos os usuários carregados" }).click();
    await expect(page.getByTestId("bulk-selected")).toHaveText("3 usuários selecionados");
    await page.getByRole("button", { name: "Liberar comunicação" }).click();
    const enable = page.getByRole("dialog", { name: "Liberar a comunicação?" });
    await expect(enable.getByTestId("bulk-preview")).toHaveText("3 usuários terão o envio liberado.");
    await enable.getByRole("button", { name: "Liberar envio" }).click();
    await expect(page.getByText("Envio liberado para 3 usuários.", { exact: true })).toBeVisible();

    await page.reload();
    await search(page, team);
    for (const name of members) await expect(page.getByRole("switch", { name: `Comunicação de ${name}` })).toBeChecked();
  });

  test("an admin creates a user who can then sign in, filters by communication, deactivates and reactivates them", async ({ page, browser }) => {
    await loginAs(page, "admin");
    await gotoHydrated(page, "/settings/users");
    await page.getByRole("button", { name: "Novo usuário" }).click();
    const dialog = page.getByRole("dialog", { name: "Novo usuário" });
    await dialog.getByRole("button", { name: "Cadastrar usuário" }).click();
    await expect(dialog.getByText("Informe o nome.")).toBeVisible();
    await expect(dialog.getByText("A senha precisa de pelo menos 12 caracteres.")).toBeVisible();

    const name = `Carla Nova ${unique()}`;
    const email = `${name.toLowerCase().replace(/\W+/g, ".")}@e2e.comunicador.dev`;
    await dialog.getByLabel("Nome completo").fill(name);
    await dialog.getByLabel("E-mail").fill(email);
    await dialog.getByLabel("Senha inicial").fill("senha-inicial-1");
    await dialog.getByLabel("Perfil de acesso").selectOption({ label: "Corretor" });
    await dialog.getByRole("switch", { name: "Pode se comunicar com leads" }).click();
    await dialog.getByRole("button", { name: "Cadastrar usuário" }).click();
    await expect(page.getByText(`${name} foi cadastrado.`, { exact: true })).toBeVisible();

    await search(page, name);
    await page.getByLabel("Comunicação", { exact: true }).selectOption({ label: "Só bloqueada" });
    const row = page.getByTestId(`user-row-${email}`);
    await expect(row).toBeVisible();
    await expect(row.getByRole("switch", { name: `Comunicação de ${name}` })).not.toBeChecked();
    await page.getByLabel("Comunicação", { exact: true }).selectOption({ label: "Só liberada" });
    await expect(row).toBeHidden();
    await page.getByRole("button", { name: "Limpar filtros" }).click();

    const fresh = await browser.newContext();
    const newcomer = await fresh.newPage();
    // The administrator knows the initial password: the newcomer replaces it before anything else.
    await login(newcomer, email, "senha-inicial-1");
    await expect(newcomer.getByRole("heading", { name: "Defina sua nova senha" })).toBeVisible();
    await newcomer.getByLabel("Senha de uso único (a que você recebeu)").fill("senha-inicial-1");
    await newcomer.getByLabel("Nova senha", { exact: true }).fill("lua cheia sobre o mar");
    await newcomer.getByLabel("Confirme a nova senha").fill("lua cheia sobre o mar");
    await newcomer.getByRole("button", { name: "Salvar e continuar" }).click();
    await expect(newcomer.getByTestId("current-user")).toHaveText(name);
    await fresh.close();

    await search(page, name);
    await row.getByRole("button", { name: `Desativar ${name}` }).click();
    const confirm = page.getByRole("dialog", { name: `Desativar ${name}?` });
    await expect(confirm).toContainText("não conseguirá mais entrar");
    await confirm.getByRole("button", { name: "Desativar" }).click();
    await expect(page.getByText(`${name} foi desativado.`, { exact: true })).toBeVisible();
    await expect(row.getByText("Inativo")).toBeVisible();
    await row.getByRole("button", { name: `Reativar ${name}` }).click();
    await expect(page.getByText(`${name} foi reativado.`, { exact: true })).toBeVisible();
    await expect(row.getByText("Ativo", { exact: true })).toBeVisible();
  });

  test("an admin changes a user's profile", async ({ page }) => {
    await loginAs(page, "admin");
    const name = `Troca Perfil ${unique()}`;
    await createUsers(page, [name], true);
    await page.goto("/settings/users");
    await search(page, name);
    await page.getByRole("combobox", { name: `Perfil de ${name}` }).selectOption({ label: "Gestor" });
    await expect(page.getByText(`Perfil de ${name} alterado para Gestor.`, { exact: true })).toBeVisible();
    await page.reload();
    await search(page, name);
    await expect(page.getByRole("combobox", { name: `Perfil de ${name}` })).toHaveValue(/.+/);
    await expect(page.getByRole("combobox", { name: `Perfil de ${name}` }).locator("option:checked")).toHaveText("Gestor");
  });

  test("a broker is refused the users page", async ({ page }) => {
    await loginAs(page, "bruno");
    await page.goto("/settings/users");
    await expect(page.getByTestId("forbidden")).toContainText("Você não tem acesso a esta página");
  });
});
