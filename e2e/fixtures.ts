import { expect, test as base, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "comunicador123";
export const DEMO = {
  admin: { email: "admin@comunicador.dev", name: "Administradora Demo" },
  manager: { email: "gestor@comunicador.dev", name: "Gustavo Gestor" },
  ana: { email: "ana@comunicador.dev", name: "Ana Corretora" },
  bruno: { email: "bruno@comunicador.dev", name: "Bruno Corretor" },
} as const;

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Senha").fill(password);
  await page.getByRole("button", { name: "Entrar" }).click();
}

export async function loginAs(page: Page, who: keyof typeof DEMO) {
  await login(page, DEMO[who].email);
  await expect(page.getByTestId("current-user")).toHaveText(DEMO[who].name);
}

export const test = base;
export { expect };
