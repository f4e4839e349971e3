import { uniqueSuffix } from "../prisma/seed/unique";
import { seedUser } from "../prisma/seed/users";
import { expect, login, loginAs, test } from "./fixtures";
import { e2eDb } from "./leads-support";

// Issue 12 item 8: a page the user may not open says so, and the HTTP status says so too.
test.describe("pages a user may not open", () => {
  test("answer 403 with the same “Você não tem acesso” screen, inside settings and out", async ({ page }) => {
    await loginAs(page, "bruno");
    for (const path of ["/settings/users", "/settings/channels", "/settings/channels/qualquer-id/templates", "/settings/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByTestId("forbidden")).toContainText("Você não tem acesso a esta página");
      // Same screen as before: the header and the sections the broker may open stay around it.
      await expect(page.getByRole("navigation", { name: "Configurações" }).getByRole("link", { name: "Mensagens padrão" })).toBeVisible();
    }
    const allowed = await page.goto("/settings/standard-messages");
    expect(allowed?.status()).toBe(200);
  });

  test("answer 403 on the inbox and leads pages to a user without the Comunicador", async ({ page }) => {
    const db = await e2eDb();
    const profile = await db.accessProfile.create({ data: { name: `Só usuários ${uniqueSuffix()}`, permissions: ["USERS_MANAGE"] } });
    const user = await seedUser(db, { accessProfileId: profile.id, name: `Usuário Sem Inbox ${uniqueSuffix()}` });
    await login(page, user.email);
    await expect(page.getByTestId("current-user")).toHaveText(user.name);
    for (const path of ["/inbox", "/leads", "/leads/qualquer-id"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByTestId("forbidden")).toContainText("Você não tem acesso a esta página");
    }
  });
});
