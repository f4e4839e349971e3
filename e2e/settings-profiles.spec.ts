import { expect, gotoHydrated, loginAs, test } from "./fixtures";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("access profiles", () => {
  test("an admin creates, edits, clones and deletes a profile, with permissions in the seed's tabs", async ({ page }) => {
    await loginAs(page, "admin");
    await page.getByRole("link", { name: "Configurações" }).click();
    await page.getByRole("link", { name: "Perfis de acesso" }).click();
    await expect(page.getByRole("heading", { name: "Perfis de acesso" })).toBeVisible();

    const name = `Plantão E2E ${unique()}`;
    await page.getByRole("link", { name: "Novo perfil" }).click();
    await page.getByRole("button", { name: "Salvar perfil" }).click();
    await expect(page.getByText("Dê um nome ao perfil.", { exact: true })).toBeVisible();
    await page.getByLabel("Nome").fill(name);
    await page.getByLabel("Descrição").fill("Corretores do fim de semana");
    await expect(page.getByRole("tab", { name: "Relacionamento (0/4)" })).toHaveAttribute("aria-selected", "true");
    await page.getByRole("checkbox", { name: "Usar o Comunicador" }).click();
    await page.getByRole("tab", { name: "Cadastros (0/7)" }).click();
    await page.getByRole("checkbox", { name: "Mensagens padrão" }).click();
    await expect(page.getByRole("tab", { name: "Cadastros (1/7)" })).toBeVisible();
    await page.getByRole("button", { name: "Salvar perfil" }).click();
    await expect(page.getByText(`Perfil “${name}” criado.`, { exact: true })).toBeVisible();
    const row = page.getByTestId(`profile-row-${name}`);
    await expect(row).toContainText("2 de 12 permissões");
    await expect(row).toContainText("Nenhum usuário");

    await row.getByRole("link", { name: `Editar ${name}` }).click();
    await expect(page.getByRole("tab", { name: "Relacionamento (1/4)" })).toBeVisible();
    await page.getByRole("checkbox", { name: "Enviar mensagens ativas (iniciar conversas)" }).click();
    await page.getByRole("button", { name: "Salvar perfil" }).click();
    await expect(page.getByText(`Perfil “${name}” salvo.`, { exact: true })).toBeVisible();
    await expect(row).toContainText("3 de 12 permissões");

    await row.getByRole("button", { name: `Clonar ${name}` }).click();
    const cloneDialog = page.getByRole("dialog", { name: `Clonar “${name}”` });
    await expect(cloneDialog.getByLabel("Nome da cópia")).toHaveValue(`Cópia de ${name}`);
    await cloneDialog.getByRole("button", { name: "Criar cópia" }).click();
    await expect(page.getByText(`Cópia “Cópia de ${name}” criada. Ajuste as permissões e salve.`, { exact: true })).toBeVisible();
    await expect(page.getByLabel("Nome")).toHaveValue(`Cópia de ${name}`);
    await expect(page.getByRole("tab", { name: "Relacionamento (2/4)" })).toBeVisible();

    await page.getByRole("link", { name: "Voltar para os perfis" }).click();
    const copyRow = page.getByTestId(`profile-row-Cópia de ${name}`);
    await copyRow.getByRole("button", { name: `Excluir Cópia de ${name}` }).click();
    const confirm = page.getByRole("dialog", { name: `Excluir o perfil “Cópia de ${name}”?` });
    await confirm.getByRole("button", { name: "Excluir" }).click();
    await expect(page.getByText(`Perfil “Cópia de ${name}” excluído.`, { exact: true })).toBeVisible();
    await expect(copyRow).toBeHidden();
  });

  test("the Administrator profile is read-only and a profile in use cannot be deleted", async ({ page }) => {
    await loginAs(page, "admin");
    await page.goto("/settings/profiles");
    const admin = page.getByTestId("profile-row-Administrador");
    await expect(admin).toContainText("Acesso total");
    await expect(admin.getByRole("button", { name: "Excluir Administrador" })).toHaveCount(0);
    await admin.getByRole("link", { name: "Ver Administrador" }).click();
    await expect(page.getByRole("note")).toContainText("O perfil Administrador é fixo");
    await expect(page.getByRole("checkbox", { name: "Usar o Comunicador" })).toBeDisabled();
    await expect(page.getByRole("checkbox", { name: "Usar o Comunicador" })).toBeChecked();
    await expect(page.getByRole("button", { name: "Salvar perfil" })).toHaveCount(0);

    await gotoHydrated(page, "/settings/profiles");
    await page.getByTestId("profile-row-Corretor").getByRole("button", { name: "Excluir Corretor" }).click();
    const confirm = page.getByRole("dialog", { name: "Excluir o perfil “Corretor”?" });
    await expect(confirm).toContainText(/Não dá para excluir: \d+ usuários usam este perfil/);
    await expect(confirm.getByRole("button", { name: "Excluir" })).toBeDisabled();
  });

  for (const who of ["bruno", "manager"] as const) {
    test(`${who} is refused the profiles pages`, async ({ page }) => {
      await loginAs(page, who);
      await page.goto("/settings/profiles");
      await expect(page.getByTestId("forbidden")).toBeVisible();
      await page.goto("/settings/profiles/new");
      await expect(page.getByTestId("forbidden")).toBeVisible();
    });
  }
});
