import { seedUser } from "../prisma/seed/users";
import { uniqueSuffix } from "../prisma/seed/unique";
import { expect, login, loginAs, test } from "./fixtures";
import { e2eDb } from "./leads-support";

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
    // A broker of its own: the demo brokers are in use by other specs running alongside.
    const broker = await seedUser(await e2eDb(), { profile: "broker", name: `Corretor Flag ${uniqueSuffix()}`, canCommunicate: true });
    await loginAs(page, "admin");
    await page.getByRole("link", { name: "Configurações" }).click();
    await page.getByRole("link", { name: "Usuários" }).click();
    await page.getByRole("searchbox").first().fill(broker.name);
    const toggle = () => page.getByRole("switch", { name: `Comunicação de ${broker.name}` });
    await expect(toggle()).toBeChecked();
    await toggle().click();
    await expect(page.getByText("Alteração salva.", { exact: true }).first()).toBeVisible();
    await page.reload();
    await page.getByRole("searchbox").first().fill(broker.name);
    await expect(toggle()).not.toBeChecked();
    expect((await (await e2eDb()).user.findUniqueOrThrow({ where: { id: broker.id } })).canCommunicate).toBe(false);
  });
});
