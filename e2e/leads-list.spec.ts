import { expect, loginAs, test } from "./fixtures";

test.describe("leads list and lead page", () => {
  test("a broker sees their own leads with formatted phones, finds one by phone and opens its history", async ({ page }) => {
    await loginAs(page, "ana");
    await page.getByRole("link", { name: "Leads" }).click();
    await expect(page).toHaveURL(/\/leads$/);
    const list = page.getByTestId("leads-list");
    await expect(list.getByTestId("lead-row").first()).toBeVisible();
    // Bruno's lead is not in Ana's portfolio.
    await expect(list.getByText("João Pereira")).toHaveCount(0);

    const search = page.getByRole("searchbox", { name: "Buscar leads" });
    await search.fill("Souza");
    const maria = list.getByTestId("lead-row").filter({ hasText: "Maria Souza" });
    await expect(maria).toContainText("+55 (11) 98765-4321");
    await expect(maria).toContainText("Residencial Jardins");
    await expect(maria).toContainText("#lead-quente");

    await search.fill("8765-4321");
    await expect(list.getByTestId("lead-row")).toHaveCount(1);
    await expect(list.getByTestId("lead-row")).toContainText("Maria Souza");

    await list.getByRole("link", { name: "Maria Souza" }).click();
    await expect(page.getByRole("heading", { name: "Maria Souza" })).toBeVisible();
    const history = page.getByTestId("lead-history");
    await expect(history.getByText("Mensagem recebida").first()).toBeVisible();
    await expect(history.getByText("Pode sim, obrigada!")).toBeVisible();
    await expect(history.getByText(/por Ana Corretora/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Abrir conversa no canal Vendas — Jardins" })).toHaveAttribute("href", /^\/inbox\/[a-z0-9]+$/);
  });

  test("a lead outside the broker's portfolio reads as not found; a manager sees every lead", async ({ page }) => {
    await loginAs(page, "manager");
    await page.goto("/leads");
    await page.getByRole("searchbox", { name: "Buscar leads" }).fill("João Pereira");
    const joao = page.getByTestId("lead-row").filter({ hasText: "João Pereira" });
    await expect(joao).toBeVisible();
    const href = await joao.getByRole("link").getAttribute("href");

    await page.getByRole("button", { name: "Sair" }).click();
    await loginAs(page, "ana");
    await page.goto(href ?? "/leads/missing");
    await expect(page.getByRole("main").getByText("Lead não encontrado")).toBeVisible();
  });
});
