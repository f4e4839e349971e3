import type { Page } from "@playwright/test";
import { MessageDirection, MessageStatus, TemplateStatus } from "../generated/prisma/enums";
import { DEMO_CHANNELS } from "../prisma/seed/demo";
import { accountProblem, healthProblemColumns } from "../server/services/channels/health-problem";
import { localFailure, metaFailure } from "../server/services/messages/delivery-failures";
import { recordFailed } from "../server/services/messages/record-delivery";
import { TOKEN_UNREADABLE_REASON } from "../server/services/templates/template-view";
import { DEMO, expect, loginAs, test } from "./fixtures";
import { e2eDb } from "./leads-support";

// Words only a Portuguese screen shows. A word found in the demo's own data (names, message
// bodies, templates…) is data, not UI, and is not counted.
const PORTUGUESE_WORDS = new Set(
  (
    "não você conversa conversas mensagem mensagens enviar enviada enviado configurações usuário usuários canais canal filas fila " +
    "empreendimento empreendimentos perfil perfis sair entrar salvar cancelar editar excluir buscar todos todas nenhum nenhuma aberta " +
    "abertas encerrada corretor gestor histórico ações para sem uma pelo pela está são ainda agora hoje ontem minutos horas dias novo " +
    "nova voltar próximo anterior senha idioma ativo ativos receptivo modelo lida entregue falhou tentar novamente janela aprovado " +
    "reprovado pendente qualidade motivo arquivo atendimento recebida alterar nome telefone origem"
  ).split(" "),
);
const PORTUGUESE_LETTERS = /[ãõçáéíóúâêôà]/i;

async function dataWords(): Promise<Set<string>> {
  const db = await e2eDb();
  const [users, leads, channels, developments, media, tags, queues, standard, templates, messages, profiles] = await Promise.all([
    db.user.findMany({ select: { name: true, email: true } }),
    db.lead.findMany({ select: { name: true, email: true } }),
    db.channel.findMany({ select: { name: true, companyName: true, responsibleEmail: true } }),
    db.development.findMany({ select: { name: true, address: true, city: true, neighborhood: true, description: true, typologies: true, amenities: true, paymentConditions: true } }),
    db.mediaAsset.findMany({ select: { title: true, fileName: true } }),
    db.tag.findMany({ select: { name: true } }),
    db.leadQueue.findMany({ select: { name: true } }),
    db.standardMessage.findMany({ select: { title: true, body: true } }),
    db.messageTemplate.findMany({ select: { name: true, body: true, variables: true } }),
    db.message.findMany({ select: { body: true } }),
    db.accessProfile.findMany({ select: { name: true, description: true } }),
  ]);
  const texts = [users, leads, channels, developments, media, tags, queues, standard, templates, messages, profiles].flat().flatMap((row) => Object.values(row).map((v) => JSON.stringify(v ?? "")));
  return new Set(texts.flatMap(words));
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
}

function portugueseIn(text: string, data: Set<string>): string[] {
  return [...new Set(words(text).filter((w) => !data.has(w) && (PORTUGUESE_WORDS.has(w) || PORTUGUESE_LETTERS.test(w))))];
}

async function switchToEnglish(page: Page, who: keyof typeof DEMO) {
  await page.getByRole("button", { name: `${DEMO[who].name} — menu do usuário` }).click();
  await page.getByRole("menuitem", { name: "English" }).click();
  await expect(page.getByRole("button", { name: `${DEMO[who].name} — user menu` })).toBeVisible();
}

// The data is read after the page rendered: specs in the other worker keep adding records (a
// template, a lead) whose Portuguese is data, and a snapshot taken earlier would not know it.
async function expectNoPortuguese(page: Page, path: string, ready?: (page: Page) => Promise<void>) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  if (ready) await ready(page);
  const text = await page.evaluate(() => document.body.innerText);
  expect(portugueseIn(text, await dataWords()), `Portuguese on ${path}`).toEqual([]);
}

/** A failed message in Maria's conversation, recorded by the same code the send job uses. */
async function failedMessage(conversationId: string, failure: Parameters<typeof recordFailed>[2]) {
  const db = await e2eDb();
  const conversation = await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { id: true, assigneeId: true, leadId: true } });
  const message = await db.message.create({
    data: { conversationId, direction: MessageDirection.OUTBOUND, type: "TEXT", body: "Seguem as condições.", status: MessageStatus.QUEUED, senderId: conversation.assigneeId },
    select: { id: true, type: true, senderId: true, createdAt: true },
  });
  expect(await recordFailed(db, { ...message, conversation }, failure)).toBe(true);
}

test.describe("the screens in English", () => {
  test.describe.configure({ mode: "serial" });
  let conversationId = "";
  let leadId = "";
  let activeChannelId = "";
  let developmentId = "";

  test.beforeAll(async () => {
    const db = await e2eDb();
    const conversation = await db.conversation.findFirstOrThrow({ where: { lead: { name: "Maria Souza" } }, select: { id: true, leadId: true } });
    conversationId = conversation.id;
    leadId = conversation.leadId;
    await failedMessage(conversationId, localFailure("gaveUp"));
    await failedMessage(conversationId, metaFailure(131026, "Message undeliverable"));
    const active = await db.channel.findUniqueOrThrow({ where: { phoneNumberId: DEMO_CHANNELS.active.phoneNumberId }, select: { id: true } });
    activeChannelId = active.id;
    await db.channel.update({ where: { phoneNumberId: DEMO_CHANNELS.receptive.phoneNumberId }, data: healthProblemColumns(accountProblem("accountRestricted", { types: "none" })) });
    // A template of its own, so the demo's pending one stays as the other specs expect it.
    await db.messageTemplate.create({
      data: { channelId: active.id, name: `recusado_${Date.now()}`, body: "Oi! Temos novidades.", status: TemplateStatus.REJECTED, rejectedReason: TOKEN_UNREADABLE_REASON },
    });
    developmentId = (await db.development.findFirstOrThrow({ where: { name: "Residencial Jardins" }, select: { id: true } })).id;
  });

  test("the check finds Portuguese when there is some", async () => {
    expect(portugueseIn("Não foi possível enviar a mensagem", new Set())).toEqual(["não", "possível", "enviar", "mensagem"]);
    expect(portugueseIn("The message could not be sent", new Set())).toEqual([]);
    // Demo data is not UI: a lead's own words in Portuguese are not counted.
    expect(portugueseIn("Maria Souza: Pode sim, obrigada!", await dataWords())).toEqual([]);
  });

  test("an administrator who switches to English reads no Portuguese on the main screens", async ({ page }) => {
    test.slow();
    await loginAs(page, "admin");
    await switchToEnglish(page, "admin");
    await expectNoPortuguese(page, `/inbox/${conversationId}`, async (p) => {
      const failures = p.getByTestId("message-failure");
      await expect(failures).toHaveCount(2);
      await expect(failures.first()).toContainText("Not sent");
      for (const failure of await failures.all()) await failure.getByRole("button").first().click();
      await expect(p.getByText("The message could not be delivered to this number")).toBeVisible();
    });
    await expectNoPortuguese(page, "/inbox");
    await expectNoPortuguese(page, "/leads", async (p) => {
      await expect(p.getByTestId("lead-row").first()).toBeVisible();
    });
    await expectNoPortuguese(page, `/leads/${leadId}`, async (p) => {
      await expect(p.getByTestId("lead-history").getByText("The message could not be sent")).toBeVisible();
    });
    await expectNoPortuguese(page, "/settings/channels", async (p) => {
      await expect(p.getByText("Meta restricted the account: some sending is blocked.")).toBeVisible();
    });
    await expectNoPortuguese(page, `/settings/channels/${activeChannelId}`);
    await expectNoPortuguese(page, `/settings/channels/${activeChannelId}/templates`, async (p) => {
      await expect(p.getByText(/the channel's access token could not be read/)).toBeVisible();
    });
    for (const path of ["/settings/users", "/settings/profiles", "/settings/queues", "/settings/standard-messages", "/settings/developments", `/settings/developments/${developmentId}`, "/settings/audit", "/account/password"]) {
      await expectNoPortuguese(page, path);
    }
  });

  test("a broker who switches to English reads no Portuguese in the inbox and on the lead", async ({ page }) => {
    await loginAs(page, "ana");
    await switchToEnglish(page, "ana");
    await expectNoPortuguese(page, `/inbox/${conversationId}`, async (p) => {
      await expect(p.getByTestId("message-failure")).toHaveCount(2);
    });
    await expectNoPortuguese(page, "/leads");
    await expectNoPortuguese(page, `/leads/${leadId}`);
    // The choice stays with the browser: a new page load is still in English.
    await page.reload();
    await expect(page.getByRole("button", { name: `${DEMO.ana.name} — user menu` })).toBeVisible();
  });
});
