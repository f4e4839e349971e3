import { MessageDirection } from "../generated/prisma/enums";
import { seedCampaign, seedCampaignRecipient, type SeededRecipientState } from "../prisma/seed/campaigns";
import { seedTag } from "../prisma/seed/catalog";
import { seedConversation, seedLead } from "../prisma/seed/leads";
import { uniqueSuffix } from "../prisma/seed/unique";
import { expect, gotoHydrated, test } from "./fixtures";
import { fillCampaignBuilder, pushCampaignProgress } from "./campaigns-support";
import { e2eDb } from "./leads-support";

const ACTIVE_CHANNEL = "Vendas — Jardins";
const APPROVED_TEMPLATE = "boas_vindas_lancamento";

async function demoChannelAndTemplate() {
  const db = await e2eDb();
  const channel = await db.channel.findFirstOrThrow({ where: { name: ACTIVE_CHANNEL } });
  const template = await db.messageTemplate.findFirstOrThrow({ where: { channelId: channel.id, name: APPROVED_TEMPLATE } });
  return { db, channel, template };
}

// A tag of its own: two leads who can receive, one opted out, one without a phone, one already messaged today.
async function taggedSegment() {
  const { db, channel } = await demoChannelAndTemplate();
  const tag = await seedTag(db, `campanha-${uniqueSuffix()}`);
  await seedLead(db, { tagIds: [tag.id] });
  await seedLead(db, { tagIds: [tag.id] });
  const optedOut = await seedLead(db, { tagIds: [tag.id] });
  await db.lead.update({ where: { id: optedOut.id }, data: { marketingOptOutAt: new Date() } });
  const noPhone = await seedLead(db, { tagIds: [tag.id] });
  await db.lead.update({ where: { id: noPhone.id }, data: { phoneE164: null, phoneKey: null, waId: null } });
  const contacted = await seedLead(db, { tagIds: [tag.id] });
  await seedConversation(db, { leadId: contacted.id, channelId: channel.id, messages: [{ direction: MessageDirection.OUTBOUND, body: "Bom dia!", minutesAgo: 1 }] });
  return tag;
}

test.describe("Campanhas", () => {
  test("the builder counts the segment live, shows the exclusions and saves a draft", async ({ adminPage: page }) => {
    const tag = await taggedSegment();
    const { db, channel, template } = await demoChannelAndTemplate();
    await gotoHydrated(page, "/campaigns");
    await page.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "Campanhas" }).click();
    await page.getByRole("link", { name: "Nova campanha" }).first().click();
    await expect(page).toHaveURL(/\/campaigns\/new$/);
    await expect(page.locator("next-route-announcer")).toHaveCount(1);

    const eligible = page.getByTestId("segment-eligible");
    await expect(eligible).toBeVisible();
    const everyone = Number(await eligible.getAttribute("data-count"));
    expect(everyone).toBeGreaterThan(2);

    const name = `Lançamento ${uniqueSuffix()}`;
    // The segment's tag ticked by keyboard.
    await fillCampaignBuilder(page, { name, channelId: channel.id, templateId: template.id, tagName: tag.name, byKeyboard: true });
    await expect(eligible).toHaveText("2 leads vão receber");
    await expect(page.getByTestId("segment-count")).toContainText("5 leads no segmento");
    const excluded = page.getByTestId("segment-excluded");
    await expect(excluded.locator('[data-reason="optedOut"]')).toHaveText("1 pediu para não receber marketing");
    await expect(excluded.locator('[data-reason="noPhone"]')).toHaveText("1 sem telefone");
    await expect(excluded.locator('[data-reason="contactedToday"]')).toHaveText("1 já recebeu mensagem hoje");

    // Sending hours that end before they start are refused inline, in pt-BR, before the server is asked.
    await page.getByLabel("Enviar a partir de").fill("21:00");
    await page.getByRole("button", { name: "Salvar rascunho" }).click();
    await expect(page.getByText("O horário de envio precisa começar antes de terminar, no mesmo dia.")).toBeVisible();
    await page.getByLabel("Enviar a partir de").fill("09:00");
    await page.getByRole("button", { name: "Salvar rascunho" }).click();

    await expect(page).toHaveURL(/\/campaigns\/(?!new)[a-z0-9]+$/);
    const detail = page.getByTestId("campaign-detail");
    await expect(detail.getByRole("heading", { name })).toBeVisible();
    await expect(detail.getByTestId("campaign-status")).toHaveText("Rascunho");
    const stored = await db.campaign.findFirstOrThrow({ where: { name } });
    expect(stored).toMatchObject({ status: "DRAFT", channelId: channel.id, templateId: template.id, sendingFromMinute: 540, sendingUntilMinute: 1200 });
    expect(stored.segment).toMatchObject({ tagIds: [tag.id] });

    // Started at once (no start time): the two leads who can receive it become its recipients.
    await page.getByRole("button", { name: "Iniciar agora" }).click();
    await expect(page.getByText("Campanha agendada: o envio começa no horário escolhido.", { exact: true })).toBeVisible();
    await expect(detail.getByTestId("campaign-status")).toHaveText(/Enviando|Concluída/);
    await expect(page.getByTestId("recipient-row")).toHaveCount(2);
  });

  test("the detail page shows each recipient's derived status and reason, the pause reason, progress and results", async ({ adminPage: page }) => {
    const { db, channel, template } = await demoChannelAndTemplate();
    const campaign = await seedCampaign(db, { channelId: channel.id, templateId: template.id, status: "PAUSED", pauseReasonCode: "campaigns.pausedByMeta131048", name: `Pausada ${uniqueSuffix()}` });
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    const word = uniqueSuffix();
    const states: [string, SeededRecipientState][] = [
      ["Aguardando", { kind: "WAITING" }],
      ["Retido", { kind: "HELD", reasonCode: "campaigns.heldTierLimit" }],
      ["Recusado", { kind: "REFUSED", reasonCode: "leads.marketingOptedOut" }],
      ["Fila", { kind: "MESSAGE", status: "QUEUED" }],
      ["Enviado", { kind: "MESSAGE", status: "SENT", sentAt: minutesAgo(50) }],
      ["Entregue", { kind: "MESSAGE", status: "DELIVERED", sentAt: minutesAgo(50), deliveredAt: minutesAgo(49) }],
      ["Lido", { kind: "MESSAGE", status: "READ", sentAt: minutesAgo(50), deliveredAt: minutesAgo(49), readAt: minutesAgo(40) }],
      ["Respondeu", { kind: "MESSAGE", status: "READ", sentAt: minutesAgo(50), deliveredAt: minutesAgo(48), readAt: minutesAgo(30), repliedAt: minutesAgo(20) }],
      ["Falhou", { kind: "MESSAGE_FAILED", errorCode: 131026, sentAt: minutesAgo(50) }],
    ];
    const leadIds: Record<string, string> = {};
    for (const [label, state] of states) {
      const lead = await seedLead(db, { name: `${label} ${word}` });
      leadIds[label] = lead.id;
      await seedCampaignRecipient(db, { campaignId: campaign.id, channelId: channel.id, templateId: template.id, leadId: lead.id, state });
    }

    await gotoHydrated(page, `/campaigns/${campaign.id}`);
    const detail = page.getByTestId("campaign-detail");
    await expect(detail.getByRole("heading", { name: campaign.name })).toBeVisible();
    await expect(page.getByTestId("pause-reason")).toContainText("Pausada automaticamente: a Meta limitou o envio por suspeita de spam (131048)");
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "7 de 9 processados (77%)");
    // Listening for progress of this campaign.
    await expect(page.locator("html")).toHaveAttribute("data-realtime-channels", /private-campaigns/);

    const rows = page.getByTestId("recipient-row");
    await expect(rows).toHaveCount(9);

    // The engine sends to the waiting lead and pushes progress: the page refetches, no reload.
    const waitingLead = leadIds.Aguardando ?? "";
    await db.campaignRecipient.delete({ where: { campaignId_leadId: { campaignId: campaign.id, leadId: waitingLead } } });
    await seedCampaignRecipient(db, { campaignId: campaign.id, channelId: channel.id, templateId: template.id, leadId: waitingLead, state: { kind: "MESSAGE", status: "SENT", sentAt: minutesAgo(1) } });
    await pushCampaignProgress(campaign.id);
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "8 de 9 processados (88%)");
    const row = (label: string) => rows.filter({ hasText: `${label} ${word}` });
    const expected: Record<string, string> = {
      Aguardando: "Enviada",
      Retido: "Retida",
      Recusado: "Falhou",
      Fila: "Na fila",
      Enviado: "Enviada",
      Entregue: "Entregue",
      Lido: "Lida",
      Respondeu: "Respondeu",
      Falhou: "Falhou",
    };
    for (const [label, status] of Object.entries(expected)) await expect(row(label).locator("[data-status]")).toHaveText(status);
    await expect(row("Retido").getByTestId("recipient-reason")).toContainText("limite do nível de mensagens; enviado no dia seguinte");
    await expect(row("Recusado").getByTestId("recipient-reason")).toHaveText("Este lead pediu para não receber promoções (tocou em um botão de descadastro). Use um template de Utilidade, ou espere o lead escrever de novo e então retire o descadastro na página dele.");
    await expect(row("Falhou").getByTestId("recipient-reason")).toHaveText("Não foi possível entregar a mensagem a este número");

    await page.getByTestId("recipient-status-filter").selectOption("FAILED");
    await expect(rows).toHaveCount(2);

    await expect(page.getByRole("img", { name: "Taxas de entrega, leitura e resposta ao longo do tempo" })).toBeVisible();
    await expect(page.getByText("6 enviadas · 3 entregues · 2 lidas · 1 resposta")).toBeVisible();
    await expect(page.getByTestId("campaign-export")).toHaveAttribute("href", `/campaigns/${campaign.id}/export`);
    await expect(page.getByTestId("campaign-resume")).toBeVisible();
    await expect(page.getByTestId("campaign-cancel")).toBeVisible();

    // On a phone the page fits the width: the table scrolls inside its frame, the reason moves under the name.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(row("Recusado")).toContainText("Este lead pediu para não receber promoções");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Resume, pause by hand, then cancel after confirming what it changes.
    const status = detail.getByTestId("campaign-status");
    await page.getByTestId("campaign-resume").click();
    await expect(status).toHaveText(/Enviando|Concluída/);
    await expect(page.getByTestId("pause-reason")).toHaveCount(0);
    await page.getByTestId("campaign-pause").click();
    await expect(status).toHaveText("Pausada");
    await expect(page.getByTestId("pause-reason")).toContainText("Pausada por um usuário.");
    await page.getByTestId("campaign-cancel").click();
    const confirm = page.getByRole("dialog", { name: "Cancelar a campanha?" });
    await expect(confirm).toContainText(/ainda não (recebeu|receberam)/);
    await confirm.getByRole("button", { name: "Cancelar campanha" }).click();
    await expect(status).toHaveText("Cancelada");
    await expect(page.getByTestId("campaign-cancel")).toHaveCount(0);
  });

  test("a broker without Campanhas sees neither the menu entry nor the pages", async ({ brokerPage: page }) => {
    await gotoHydrated(page, "/inbox");
    await expect(page.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "Campanhas" })).toHaveCount(0);
    const response = await page.goto("/campaigns");
    expect(response?.status()).toBe(403);
  });
});
