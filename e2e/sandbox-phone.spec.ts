import { uniqueSuffix } from "../prisma/seed/unique";
import { expect, loginAs, test } from "./fixtures";
import { ACTIVE_NUMBER, conversationOf, newLeadPhone, SANDBOX } from "./inbox-support";

// Issue "Meta": a person types as the lead on the sandbox's phone page; the broker sees the
// conversation, replies, and the reply shows on the phone with its ticks going to read.
test("a lead writes from the sandbox phone page and the broker's reply reaches it", async ({ page, browser }) => {
  const phone = newLeadPhone();
  const name = `Lead Celular ${uniqueSuffix()}`;
  const lead = await (await browser.newContext()).newPage();
  await lead.goto(SANDBOX);
  await lead.getByLabel("Número da empresa").selectOption(ACTIVE_NUMBER);
  await lead.getByLabel("Nome", { exact: true }).fill(name);
  await lead.getByLabel("Telefone", { exact: true }).fill(phone);
  await lead.getByRole("button", { name: "Adicionar lead" }).click();
  await lead.getByRole("list", { name: "Conversas dos leads" }).getByText(name).click();
  const typed = lead.getByLabel("Mensagem do lead");
  await expect(typed).toBeEnabled();
  await typed.fill("Olá, vi o anúncio no Instagram. Tem planta de 3 quartos?");
  await typed.press("Enter");

  const conversationId = await conversationOf(phone);
  await loginAs(page, "manager");
  await page.goto(`/inbox/${conversationId}`);
  await expect(page.getByTestId("message").filter({ hasText: "Tem planta de 3 quartos?" })).toHaveCount(1);
  const composer = page.getByRole("textbox", { name: "Mensagem" });
  await composer.fill("Tem sim! Vou te mandar agora.");
  await composer.press("Enter");

  await expect(lead.getByRole("log", { name: "Mensagens da conversa" }).getByText("Tem sim! Vou te mandar agora.")).toBeVisible({ timeout: 30_000 });
  const reply = page.getByTestId("message").filter({ hasText: "Tem sim! Vou te mandar agora." });
  await expect(reply).toHaveAttribute("data-status", "READ", { timeout: 30_000 });
  await lead.context().close();
});
