import type { Browser, Page } from "@playwright/test";
import { seedUser } from "../prisma/seed/users";
import { uniqueSuffix } from "../prisma/seed/unique";
import { expect, login, loginAs, test } from "./fixtures";
import { e2eDb } from "./leads-support";

const FIRST = "cavalo correto bateria";
const SECOND = "grampo azul de setembro";

// A broker of its own for each test: the demo users are shared with the other specs.
async function broker(label: string) {
  return seedUser(await e2eDb(), { profile: "broker", name: `${label} ${uniqueSuffix()}`, password: FIRST });
}

async function signedIn(browser: Browser, email: string, password: string, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email, password);
  await expect(page.getByTestId("current-user")).toHaveText(name);
  return page;
}

test.describe("passwords", () => {
  // Two browsers and a dozen page loads each: longer than one screen's spec.
  test.slow();

  test("an administrator resets a broker's password; the broker signs in with it, must choose a new one, then reaches the inbox", async ({ page, browser }) => {
    const user = await broker("Corretor Senha");
    const brokerPage = await signedIn(browser, user.email, FIRST, user.name);

    await loginAs(page, "admin");
    await page.goto("/settings/users");
    await page.getByRole("searchbox", { name: "Buscar por nome ou e-mail" }).fill(user.name);
    await page.getByRole("button", { name: `Redefinir a senha de ${user.name}` }).click();
    const confirm = page.getByRole("dialog", { name: `Redefinir a senha de ${user.name}?` });
    await confirm.getByRole("button", { name: "Redefinir senha" }).click();
    const shown = page.getByRole("dialog", { name: `Senha de uso único de ${user.name}` });
    const oneTimePassword = (await shown.getByTestId("one-time-password").textContent())?.trim() ?? "";
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await shown.getByRole("button", { name: "Fechar" }).click();
    await expect(shown).toBeHidden();
    const audit = await (await e2eDb()).auditLog.findFirst({ where: { entityId: user.id, action: "user.password.reset" } });
    expect(audit?.data).toMatchObject({ name: user.name });

    // The broker's open session ended; the old password no longer works.
    await brokerPage.goto("/inbox");
    await expect(brokerPage).toHaveURL(/\/login/);
    await login(brokerPage, user.email, FIRST);
    await expect(brokerPage.getByRole("main").getByRole("alert")).toHaveText("E-mail ou senha incorretos. Confira e tente de novo.");

    await login(brokerPage, user.email, oneTimePassword);
    await expect(brokerPage).toHaveURL(/\/new-password$/);
    await expect(brokerPage.getByRole("heading", { name: "Defina sua nova senha" })).toBeVisible();
    // Nothing else opens until then: neither the pages nor the procedures.
    await brokerPage.goto("/leads");
    await expect(brokerPage).toHaveURL(/\/new-password$/);
    const procedure = await brokerPage.request.get("/api/trpc/inbox.list?input=" + encodeURIComponent(JSON.stringify({ json: {} })));
    expect(procedure.status()).toBe(403);

    const form = brokerPage.getByRole("main");
    await form.getByLabel("Senha de uso único (a que você recebeu)").fill(oneTimePassword);
    await form.getByLabel("Nova senha", { exact: true }).fill("Password1234!");
    await form.getByLabel("Confirme a nova senha").fill("Password1234!");
    await form.getByRole("button", { name: "Salvar e continuar" }).click();
    await expect(form.getByText(/^Essa senha é uma das mais usadas/)).toBeVisible();
    await form.getByLabel("Nova senha", { exact: true }).fill(SECOND);
    await form.getByLabel("Confirme a nova senha").fill(SECOND);
    await form.getByRole("button", { name: "Salvar e continuar" }).click();

    await expect(brokerPage).toHaveURL(/\/inbox$/);
    await expect(brokerPage.getByRole("heading", { name: "Conversas" })).toBeVisible();
    await expect(brokerPage.getByTestId("current-user")).toHaveText(user.name);
    await brokerPage.context().close();
  });

  test("a user changes their own password from the user menu: other sessions end, this one goes on", async ({ page, browser }) => {
    const user = await broker("Corretora Troca");
    const elsewhere = await signedIn(browser, user.email, FIRST, user.name);
    await login(page, user.email, FIRST);
    await expect(page.getByTestId("current-user")).toHaveText(user.name);

    await page.getByTestId("current-user").click();
    await page.getByRole("menuitem", { name: "Alterar senha" }).click();
    await expect(page.getByRole("heading", { name: "Alterar senha" })).toBeVisible();
    await page.getByLabel("Senha atual").fill("nao-e-essa-senha");
    await page.getByLabel("Nova senha", { exact: true }).fill(SECOND);
    await page.getByLabel("Confirme a nova senha").fill(SECOND);
    await page.getByRole("button", { name: "Alterar senha" }).click();
    await expect(page.getByText("A senha atual não confere. Confira e tente de novo.")).toBeVisible();

    await page.getByLabel("Senha atual").fill(FIRST);
    await page.getByRole("button", { name: "Alterar senha" }).click();
    await expect(page.getByText("Senha alterada. As outras sessões foram encerradas.").first()).toBeVisible();

    // This session goes on; the other one is signed out.
    await page.goto("/inbox");
    await expect(page.getByRole("heading", { name: "Conversas" })).toBeVisible();
    await elsewhere.goto("/inbox");
    await expect(elsewhere).toHaveURL(/\/login/);
    await login(elsewhere, user.email, SECOND);
    await expect(elsewhere.getByTestId("current-user")).toHaveText(user.name);
    await elsewhere.context().close();
  });

  test("the login page says how long to wait after repeated wrong passwords", async ({ page }) => {
    const user = await broker("Corretor Espera");
    for (let i = 0; i < 5; i++) {
      await login(page, user.email, `errada-${i}-errada`);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail ou senha incorretos. Confira e tente de novo.");
    }
    await login(page, user.email, FIRST);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      /^Muitas tentativas erradas com este e-mail\. Aguarde \d+ segundos e tente de novo, ou peça ao administrador para redefinir sua senha\.$/,
    );
  });
});
