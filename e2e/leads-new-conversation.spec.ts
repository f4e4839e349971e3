import type { Page } from "@playwright/test";
import { uniqueSuffix } from "../prisma/seed/unique";
import { seedUser } from "../prisma/seed/users";
import { DEMO, expect, gotoHydrated, login, loginAs, test } from "./fixtures";
import { e2eDb, seedJardinsLead } from "./leads-support";

const ACTIVE_CHANNEL = "Vendas — Jardins";
const RECEPTIVE_CHANNEL = "Atendimento — Marina";
const APPROVED_TEMPLATE = "boas_vindas_lancamento";
const BLOCKED = "Sua comunicação com leads está bloqueada (flag de comunicação desativada). Peça ao administrador para liberar em Configurações › Usuários.";

async function openNewConversation(page: Page, leadId: string) {
  await gotoHydrated(page, `/leads/${leadId}`);
  await page.getByRole("button", { name: "Comunicador" }).click();
  await page.getByRole("menuitem", { name: "Nova conversa" }).click();
  return page.getByRole("dialog", { name: "Nova conversa" });
}

test.describe("Nova conversa from a lead", () => {
  test("a broker sends the approved template on the active channel and lands in the conversation", async ({ brokerPage: page, seededLead: lead }) => {
    const dialog = await openNewConversation(page, lead.id);

    await expect(dialog.getByRole("radio", { name: new RegExp(ACTIVE_CHANNEL) })).toBeChecked();
    // Receptive channels cannot start conversations: they are not offered at all.
    await expect(dialog.getByRole("radio", { name: new RegExp(RECEPTIVE_CHANNEL) })).toHaveCount(0);
    await expect(dialog.getByRole("radio", { name: new RegExp(APPROVED_TEMPLATE) })).toBeChecked();
    // The pending template of the demo channel is not offered either.
    await expect(dialog.getByRole("radio", { name: /convite_visita_decorado/ })).toHaveCount(0);
    await expect(dialog.getByTestId("template-preview")).toHaveText(
      `Olá ${lead.name}, aqui é ${DEMO.ana.name}. Vi seu interesse no Residencial Jardins e separei as novidades para você. Podemos conversar?`,
    );

    await dialog.getByRole("button", { name: "Enviar template" }).click();
    await expect(page).toHaveURL(/\/inbox\/[a-z0-9]+$/);
    const conversationId = new URL(page.url()).pathname.split("/").pop();

    const db = await e2eDb();
    const message = await db.message.findFirstOrThrow({ where: { conversationId, type: "TEMPLATE" } });
    expect(message.templateParams).toEqual([lead.name, DEMO.ana.name, "Residencial Jardins"]);
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, include: { channel: true } });
    expect(conversation).toMatchObject({ leadId: lead.id, initiatedBy: "BUSINESS", status: "OPEN", channel: { name: ACTIVE_CHANNEL } });

    await page.goto(`/leads/${lead.id}`);
    const history = page.getByTestId("lead-history");
    // Exactly one line once settled (queueing and delivery must not both write it).
    await expect(history.getByText(`Template “${APPROVED_TEMPLATE}” enviado`)).toHaveCount(1);
    await expect(history.getByText("Conversa iniciada")).toBeVisible();
    await expect(page.getByRole("link", { name: `Abrir conversa no canal ${ACTIVE_CHANNEL}` })).toHaveAttribute("href", `/inbox/${conversationId}`);
  });

  test("with the communication flag off, the dialog says why and offers no send", async ({ page }) => {
    const db = await e2eDb();
    const broker = await seedUser(db, { profile: "broker", name: `Corretor Bloqueado ${uniqueSuffix()}`, canCommunicate: false });
    const lead = await seedJardinsLead(broker.email);
    await login(page, broker.email);
    await expect(page.getByTestId("current-user")).toHaveText(broker.name);
    const dialog = await openNewConversation(page, lead.id);
    await expect(dialog.getByRole("alert")).toContainText(BLOCKED);
    await expect(dialog.getByRole("button", { name: "Enviar template" })).toHaveCount(0);
  });

  test("after an admin bulk-blocks communication on the users screen, the dialog says why", async ({ page }) => {
    const db = await e2eDb();
    const team = `Equipe Bloqueio ${uniqueSuffix()}`;
    const broker = await seedUser(db, { profile: "broker", name: `${team} Alfa`, canCommunicate: true });
    await seedUser(db, { profile: "broker", name: `${team} Beta`, canCommunicate: true });
    const lead = await seedJardinsLead(broker.email);

    await loginAs(page, "admin");
    await page.goto("/settings/users");
    await page.getByRole("searchbox", { name: "Buscar por nome ou e-mail" }).fill(team);
    await page.getByRole("checkbox", { name: `Selecionar ${broker.name}` }).click();
    await page.getByRole("button", { name: "Selecionar todos os 2 que correspondem ao filtro" }).click();
    await page.getByRole("button", { name: "Bloquear comunicação" }).click();
    const confirm = page.getByRole("dialog", { name: "Bloquear a comunicação?" });
    await expect(confirm.getByTestId("bulk-preview")).toHaveText("2 usuários terão o envio desativado.");
    await confirm.getByRole("button", { name: "Bloquear envio" }).click();
    await expect(page.getByText("Envio desativado para 2 usuários.", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Sair" }).click();

    await login(page, broker.email);
    await expect(page.getByTestId("current-user")).toHaveText(broker.name);
    const dialog = await openNewConversation(page, lead.id);
    await expect(dialog.getByRole("alert")).toContainText(BLOCKED);
    await expect(dialog.getByRole("button", { name: "Enviar template" })).toHaveCount(0);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Sair" }).click();

    // Bulk-enabling the same filtered set gives the broker "Nova conversa" back.
    await loginAs(page, "admin");
    await page.goto("/settings/users");
    await page.getByRole("searchbox", { name: "Buscar por nome ou e-mail" }).fill(team);
    await page.getByRole("checkbox", { name: `Selecionar ${broker.name}` }).click();
    await page.getByRole("button", { name: "Selecionar todos os 2 que correspondem ao filtro" }).click();
    await page.getByRole("button", { name: "Liberar comunicação" }).click();
    const enable = page.getByRole("dialog", { name: "Liberar a comunicação?" });
    await expect(enable.getByTestId("bulk-preview")).toHaveText("2 usuários terão o envio liberado.");
    await enable.getByRole("button", { name: "Liberar envio" }).click();
    await expect(page.getByText("Envio liberado para 2 usuários.", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Sair" }).click();

    await login(page, broker.email);
    await expect(page.getByTestId("current-user")).toHaveText(broker.name);
    const restored = await openNewConversation(page, lead.id);
    await expect(restored.getByRole("alert")).toHaveCount(0);
    await expect(restored.getByRole("radio", { name: new RegExp(APPROVED_TEMPLATE) })).toBeChecked();
    await expect(restored.getByRole("button", { name: "Enviar template" })).toBeEnabled();
  });
});
