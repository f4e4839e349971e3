import type { Page } from "@playwright/test";
import { expect, loginAs, test } from "./fixtures";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function createProfile(page: Page, name: string) {
  const response = await page.request.post("/api/trpc/profiles.create", { data: { json: { name, permissions: ["INBOX_USE"] } } });
  expect(response.ok()).toBe(true);
}

// "YYYY-MM-DD" in São Paulo, as the browser (timezoneId in playwright.config) sees it.
const saoPauloDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString("en-CA", { timeZone: "America/Sao_Paulo" });

test.describe("audit log", () => {
  test("an admin finds who changed what, filtering by actor, area, action and date", async ({ page }) => {
    await loginAs(page, "admin");
    const name = `Auditado E2E ${unique()}`;
    await createProfile(page, name);

    await page.goto("/settings/audit");
    await expect(page.getByRole("heading", { name: "Auditoria" })).toBeVisible();
    await page.getByLabel("Quem fez").selectOption({ label: "Administradora Demo" });
    await page.getByLabel("Área").selectOption({ label: "Perfis de acesso" });
    await page.getByLabel("Ação", { exact: true }).selectOption({ label: "Criou o perfil de acesso …" });
    const row = page.getByTestId("audit-row").filter({ hasText: `Criou o perfil de acesso ${name}` });
    await expect(row).toBeVisible();
    await expect(row).toContainText("Administradora Demo");

    await page.getByLabel("De", { exact: true }).fill(saoPauloDay());
    await page.getByLabel("Até", { exact: true }).fill(saoPauloDay());
    await expect(row).toBeVisible();
    await page.getByLabel("De", { exact: true }).fill(saoPauloDay(1));
    await page.getByLabel("Até", { exact: true }).fill(saoPauloDay(2));
    await expect(page.getByText("Nenhum registro com esses filtros.", { exact: true })).toBeVisible();
    await page.getByLabel("Até", { exact: true }).fill(saoPauloDay(-1));
    await expect(page.getByText("A data inicial é depois da final: ajuste o período.", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Limpar filtros" }).click();
    await expect(page.getByTestId("audit-row").first()).toBeVisible();
  });

  for (const who of ["bruno", "manager"] as const) {
    test(`${who} is refused the audit page`, async ({ page }) => {
      await loginAs(page, who);
      await page.goto("/settings/audit");
      await expect(page.getByTestId("forbidden")).toBeVisible();
    });
  }
});
