import type { Page } from "@playwright/test";
import { seedTag } from "../prisma/seed/catalog";
import { seedLead } from "../prisma/seed/leads";
import { uniqueSuffix } from "../prisma/seed/unique";
import { DEMO, expect, gotoHydrated, loginAs, test } from "./fixtures";
import { createSandboxLead, newLeadPhone, SANDBOX } from "./inbox-support";
import { e2eDb } from "./leads-support";
import { decideTemplate, openMetaReview } from "./meta-review";

const CHANNEL = "Vendas — Jardins";
const BUTTON = "Quero agendar uma visita";
const OPT_OUT = "Parar promoções";

// Issue 14, rich templates: the launch message that works in real estate — the development's photo,
// a short text and a "Quero agendar uma visita" button — from the template form to the lead's phone
// and back to the broker's screen.
test("an admin makes an image-header template with a quick reply from a development photo; a broker sends it; the lead sees image, text and button, taps it, and the broker sees the choice live", async ({ page, browser }) => {
  // One journey through four browsers (admin, Meta's review, broker, the lead's phone), two sends, the
  // opt-out and a campaign's builder: about a minute (59.6 s alone, over 60 s in a full CI run).
  test.slow();
  const name = `lancamento_foto_${uniqueSuffix()}`;
  await loginAs(page, "admin");
  await page.goto("/settings/channels/templates");
  await page.getByRole("link", { name: `Ver os templates de ${CHANNEL}` }).click();
  await page.getByRole("link", { name: "Novo template" }).first().click();
  await page.getByLabel("Nome do template").fill(name);
  await page.getByLabel("Mensagem").fill("Olá {{nome_cliente}}! O {{nome_empreendimento}} foi lançado e separei a fachada para você ver.");
  // Header: the development's photo from its library, chosen by keyboard.
  await page.getByRole("radio", { name: "Imagem" }).check();
  await page.getByLabel("Arquivo do cabeçalho").selectOption({ label: "Fachada" });
  await page.getByLabel("Rodapé (opcional)").fill("Imobiliária Jardins");
  await page.getByRole("button", { name: "+ Resposta rápida" }).click();
  await page.getByLabel("Texto do botão").fill(BUTTON);
  await page.getByRole("button", { name: "+ Resposta rápida" }).click();
  await page.getByLabel("Texto do botão").nth(1).fill(OPT_OUT);
  await page.getByRole("checkbox", { name: /Descadastro de promoções/ }).nth(1).check();
  const preview = page.getByTestId("template-bubble");
  await expect(preview.getByRole("img", { name: "Imagem do cabeçalho" })).toBeVisible();
  await expect(preview).toContainText(BUTTON);
  await expect(preview).toContainText("Imobiliária Jardins");
  // For the reviewer: the form and its preview at desktop and phone widths.
  await page.screenshot({ path: test.info().outputPath("template-form-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("template-form-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("button", { name: "Salvar e enviar para a Meta" }).click();
  await expect(page.getByText("Template salvo e enviado para a Meta.", { exact: true })).toBeVisible();
  const status = page.getByTestId(`template-${name}`).getByTestId("template-status");
  await expect(status).toHaveText("…Pendente", { timeout: 30_000 });

  // Meta (the sandbox) received the photo as the review sample through the resumable upload.
  const known = ((await (await page.request.get(`${SANDBOX}/_sandbox/templates`)).json()) as { templates: { name: string; components: { type: string; format?: string; example?: { header_handle?: string[] } }[] }[] }).templates;
  const header = known.find((t) => t.name === name)?.components.find((c) => c.type === "HEADER");
  expect(header).toMatchObject({ format: "IMAGE", example: { header_handle: [expect.stringMatching(/^4::/)] } });
  const meta = await openMetaReview(browser);
  await decideTemplate(meta, name, "Aprovar");
  await expect(status).toHaveText("✓Aprovado", { timeout: 30_000 });
  await meta.context().close();

  // A broker starts the conversation with it.
  const db = await e2eDb();
  const phone = newLeadPhone();
  const leadName = `Lead Foto ${uniqueSuffix()}`;
  const ana = await db.user.findUniqueOrThrow({ where: { email: DEMO.ana.email } });
  const jardins = await db.development.findUniqueOrThrow({ where: { name: "Residencial Jardins" } });
  const tag = await seedTag(db, `foto-${uniqueSuffix()}`);
  const lead = await seedLead(db, { name: leadName, phone: `+${phone}`, ownerId: ana.id, developmentIds: [jardins.id], tagIds: [tag.id] });
  await createSandboxLead(page.request, phone, leadName, true);
  const broker = await (await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "pt-BR" })).newPage();
  await loginAs(broker, "ana");
  await gotoHydrated(broker, `/leads/${lead.id}`);
  const dialog = await openNewConversation(broker);
  await dialog.getByRole("radio", { name: new RegExp(name) }).check();
  await expect(dialog.getByTestId("template-preview")).toHaveText(`Olá ${leadName}! O Residencial Jardins foi lançado e separei a fachada para você ver.`);
  await expect(dialog.getByTestId("template-bubble").getByRole("img")).toBeVisible();
  await expect(dialog.getByTestId("template-bubble")).toContainText(BUTTON);
  await broker.setViewportSize({ width: 390, height: 844 });
  await broker.screenshot({ path: test.info().outputPath("nova-conversa-phone.png") });
  await broker.setViewportSize({ width: 1280, height: 720 });
  await dialog.getByRole("button", { name: "Enviar template" }).click();
  await expect(broker).toHaveURL(/\/inbox\/[a-z0-9]+$/);
  await expect(broker.getByTestId("rich-template")).toContainText(BUTTON);

  // The lead's phone shows the photo, the text and the button; the lead taps it.
  const phonePage = await (await browser.newContext()).newPage();
  await phonePage.goto(SANDBOX);
  await phonePage.getByRole("list", { name: "Conversas dos leads" }).getByText(leadName, { exact: true }).click();
  const chat = phonePage.getByRole("log", { name: "Mensagens da conversa" });
  await expect(chat.getByRole("img", { name: "Imagem do cabeçalho do template" })).toBeVisible({ timeout: 30_000 });
  await expect(chat).toContainText("foi lançado e separei a fachada");
  await expect(chat).toContainText("Imobiliária Jardins");
  await chat.getByRole("button", { name: BUTTON }).click();

  // The broker sees the lead's choice live, quoting the template it answers.
  const choice = broker.getByTestId("lead-choice");
  await expect(choice).toContainText(BUTTON, { timeout: 30_000 });
  await expect(broker.getByTestId("message").filter({ has: choice })).toContainText("foi lançado");
  await phonePage.screenshot({ path: test.info().outputPath("sandbox-phone.png") });

  // The lead then taps "Parar promoções": this marketing template is refused in "Nova conversa"
  // until the lead writes again and the broker, having asked, clears the opt-out.
  await chat.getByRole("button", { name: OPT_OUT }).click();
  await expect(broker.getByTestId("lead-choice").filter({ hasText: OPT_OUT })).toBeVisible({ timeout: 30_000 });
  await gotoHydrated(broker, `/leads/${lead.id}`);
  const reopened = await openNewConversation(broker);
  await expect(reopened.getByTestId("opt-out-notice")).toContainText("O lead pediu para não receber promoções");
  await expect(reopened.getByRole("button", { name: "Retirar descadastro" })).toHaveCount(0);
  const refused = reopened.getByRole("radio", { name: new RegExp(name) });
  await expect(refused).toBeDisabled();
  await expect(refused).toHaveAccessibleDescription(/pediu para não receber promoções/);
  await broker.keyboard.press("Escape");
  // Later campaigns leave the lead out, with the reason.
  await gotoHydrated(page, "/campaigns/new");
  const tags = page.getByTestId("filter-tagIds");
  await tags.locator("summary").click();
  await tags.getByLabel(tag.name).check();
  await expect(page.getByTestId("segment-excluded").locator('[data-reason="optedOut"]')).toHaveText("1 pediu para não receber marketing");

  await phonePage.getByLabel("Mensagem do lead").fill("Pode me mandar as novidades sim");
  await phonePage.getByRole("button", { name: "Enviar mensagem" }).click();
  const wroteAgain = { conversation: { leadId: lead.id }, direction: "INBOUND" as const, body: "Pode me mandar as novidades sim" };
  await expect.poll(() => db.message.count({ where: wroteAgain }), { timeout: 30_000 }).toBe(1);
  await gotoHydrated(broker, `/leads/${lead.id}`);
  const cleared = await openNewConversation(broker);
  await cleared.getByRole("button", { name: "Retirar descadastro" }).click();
  await expect(broker.getByText("Descadastro retirado: templates de Marketing liberados para este lead.", { exact: true })).toBeVisible();
  await expect(cleared.getByRole("radio", { name: new RegExp(name) })).toBeEnabled();
  await phonePage.context().close();
  await broker.context().close();
});

async function openNewConversation(broker: Page) {
  await broker.getByRole("button", { name: "Comunicador" }).click();
  await broker.getByRole("menuitem", { name: "Nova conversa" }).click();
  return broker.getByRole("dialog", { name: "Nova conversa" });
}
