import { uniqueSuffix } from "../prisma/seed/unique";
import { expect, test } from "./fixtures";
import { e2eDb } from "./leads-support";
import { decideTemplate, openMetaReview, reviewPanel } from "./meta-review";

// Issue "Meta": a person types as the lead on the sandbox's phone page; the broker sees the
// conversation, replies, and the reply shows on the phone with its ticks going to read.
test("a lead writes from the sandbox phone page and the broker's reply reaches it", async ({ managerPage: page, browser, sandboxPhone }) => {
  const phone = sandboxPhone.newPhone();
  const name = `Lead Celular ${uniqueSuffix()}`;
  const lead = await (await browser.newContext()).newPage();
  await lead.goto(sandboxPhone.url);
  await lead.getByLabel("Número da empresa").selectOption(sandboxPhone.number);
  await lead.getByLabel("Nome", { exact: true }).fill(name);
  await lead.getByLabel("Telefone", { exact: true }).fill(phone);
  await lead.getByRole("button", { name: "Adicionar lead" }).click();
  await lead.getByRole("list", { name: "Conversas dos leads" }).getByText(name).click();
  const typed = lead.getByLabel("Mensagem do lead");
  await expect(typed).toBeEnabled();
  await typed.fill("Olá, vi o anúncio no Instagram. Tem planta de 3 quartos?");
  await typed.press("Enter");

  const conversationId = await sandboxPhone.conversationOf(phone);
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

// Issue 12 items 1 and 13: the phone page plays Meta for templates, and shows numbers as people write them.
test("the phone page's Meta review panel knows the demo's templates and rejects one with a reason the app shows", async ({ adminPage: page, browser, sandboxPhone }) => {
  const meta = await openMetaReview(browser);
  await expect(meta.getByLabel("Número da empresa").locator(`option[value="${sandboxPhone.number}"]`)).toHaveText("Vendas — Jardins · +55 (11) 4000-1001");

  // The launcher registered the seeded templates under the database's Meta ids, with their status.
  const db = await e2eDb();
  const seeded = await db.messageTemplate.findMany({ where: { name: { in: ["boas_vindas_lancamento", "convite_visita_decorado"] } }, select: { name: true, metaTemplateId: true } });
  const known = ((await (await meta.request.get(`${sandboxPhone.url}/_sandbox/templates`)).json()) as { templates: { id: string; name: string; status: string }[] }).templates;
  for (const [name, status] of [["boas_vindas_lancamento", "APPROVED"], ["convite_visita_decorado", "PENDING"]] as const) {
    const id = seeded.find((t) => t.name === name)?.metaTemplateId;
    expect(known.filter((t) => t.name === name)).toEqual([expect.objectContaining({ id, status })]);
  }
  await expect(reviewPanel(meta).getByRole("listitem", { name: "Template convite_visita_decorado" })).toContainText("Oi {{1}}! O decorado do {{2}} está aberto");

  const name = `oferta_motivo_${uniqueSuffix()}`;
  await page.goto("/settings/channels/templates");
  await page.getByRole("link", { name: "Ver os templates de Vendas — Jardins" }).click();
  await page.getByRole("link", { name: "Novo template" }).first().click();
  await page.getByLabel("Nome do template").fill(name);
  await page.getByLabel("Mensagem").fill("Oi {{nome_cliente}}, só hoje: 20% de desconto no Jardins!");
  await page.getByRole("radio", { name: /^Utilidade/ }).check();
  await page.getByRole("button", { name: "Salvar e enviar para a Meta" }).click();
  const card = page.getByTestId(`template-${name}`);
  await expect(card.getByTestId("template-status")).toHaveText("…Pendente", { timeout: 30_000 });

  await decideTemplate(meta, name, "Reprovar", "Conteúdo promocional em template de utilidade");
  await expect(card.getByTestId("template-status")).toHaveText("✕Reprovado", { timeout: 30_000 });
  await expect(card).toContainText("Motivo da reprovação: Conteúdo promocional em template de utilidade");
  await expect(reviewPanel(meta).getByRole("list", { name: "Decididos recentemente" })).toContainText(`${name}: reprovado (Conteúdo promocional em template de utilidade)`);
  await meta.context().close();
});
