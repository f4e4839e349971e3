// The WhatsApp sandbox's phone page plays Meta: its "Meta review" panel decides template reviews.
import { expect, type Browser, type Page } from "@playwright/test";
import { SANDBOX } from "./inbox-support";

export async function openMetaReview(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ locale: "pt-BR" })).newPage();
  await page.goto(SANDBOX);
  await expect(page.getByRole("heading", { name: "Revisão da Meta (templates)" })).toBeVisible();
  return page;
}

export const reviewPanel = (page: Page) => page.getByRole("region", { name: "Revisão da Meta (templates)" });

/** Approves or rejects a pending template, as the person playing Meta does on the phone page. */
export async function decideTemplate(page: Page, name: string, decision: "Aprovar" | "Reprovar", reason?: string) {
  const item = reviewPanel(page).getByRole("listitem", { name: `Template ${name}` });
  if (reason) await item.getByRole("textbox", { name: `Motivo da reprovação (opcional) — ${name}` }).fill(reason);
  await item.getByRole("button", { name: `${decision} ${name}` }).click();
  await expect(item).toHaveCount(0);
}
