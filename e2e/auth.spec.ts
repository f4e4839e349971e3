import { DEMO, expect, login, loginAs, test } from "./fixtures";

test.describe("login", () => {
  for (const who of ["admin", "manager", "ana", "bruno"] as const) {
    test(`${who} signs in with the demo password and lands on the inbox`, async ({ page }) => {
      await loginAs(page, who);
      await expect(page).toHaveURL(/\/inbox$/);
      await expect(page.getByRole("heading", { name: "Conversas" })).toBeVisible();
    });
  }

  test("a wrong password shows a pt-BR error and keeps the user out", async ({ page }) => {
    await login(page, "nao-existe@comunicador.dev", "senha-errada");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail ou senha incorretos. Confira e tente de novo.");
    await page.goto("/inbox");
    await expect(page).toHaveURL(/\/login/);
  });

  test("logout ends the session", async ({ page }) => {
    await loginAs(page, "ana");
    await page.getByRole("button", { name: "Sair" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("settings access", () => {
  test("a broker is refused /settings, on the page and on the procedure", async ({ page }) => {
    await loginAs(page, "bruno");
    await expect(page.getByRole("link", { name: "Configurações" })).toHaveCount(0);
    await page.goto("/settings/users");
    await expect(page.getByTestId("forbidden")).toContainText("Você não tem acesso a esta página");
    const response = await page.request.get("/api/trpc/users.list?input=" + encodeURIComponent(JSON.stringify({ json: {} })));
    expect(response.status()).toBe(403);
  });

  test("an admin toggles a broker's communication flag and it holds after reload", async ({ page }) => {
    await loginAs(page, "admin");
    await page.getByRole("link", { name: "Configurações" }).click();
    await page.getByRole("link", { name: "Usuários" }).click();
    const toggle = page.getByRole("switch", { name: `Comunicação de ${DEMO.bruno.name}` });
    await expect(toggle).toBeChecked();
    await toggle.click();
    await expect(page.getByText("Alteração salva.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("switch", { name: `Comunicação de ${DEMO.bruno.name}` })).not.toBeChecked();
    await page.getByRole("switch", { name: `Comunicação de ${DEMO.bruno.name}` }).click();
    await expect(page.getByRole("switch", { name: `Comunicação de ${DEMO.bruno.name}` })).toBeChecked();
  });
});
