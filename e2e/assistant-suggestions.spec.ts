import { MessageDirection } from "../generated/prisma/enums";
import { seedConversation } from "../prisma/seed/leads";
import { uniqueSuffix } from "../prisma/seed/unique";
import type { Page } from "@playwright/test";
import { DEMO, expect, gotoHydrated, test } from "./fixtures";
import { ACTIVE_NUMBER, trpcMutation, userId } from "./inbox-support";
import { e2eDb, seedJardinsLead } from "./leads-support";

// The shortcut's listener is registered in the commit that shows the Sugestões button (a layout
// effect), so once the button is visible one press opens the panel.
async function pressSuggestionsShortcut(page: Page) {
  await expect(page.getByTestId("suggestions-button")).toBeVisible();
  await page.keyboard.press("Control+Period");
  const panel = page.getByTestId("suggestions-panel");
  await expect(panel).toBeVisible();
  return panel;
}

async function activeChannelId(): Promise<string> {
  return (await (await e2eDb()).channel.findUniqueOrThrow({ where: { phoneNumberId: ACTIVE_NUMBER }, select: { id: true } })).id;
}

// Issue 13, "Done when": a broker in the local demo asks for suggestions on a lead's "qual o valor do
// 2 quartos?" and gets drafts citing the development's price table, with the right material proposed.
// The drafts come from the real retrieval, prompt, gateway and provider, answered over HTTP by the
// AI stand-in the e2e launcher starts; nothing is sent until the broker sends.
test.describe("assistant reply suggestions", () => {
  test("Ctrl+. drafts a reply citing the price facts and proposes the price table; Tab inserts it, the broker edits and sends", async ({ adminPage, brokerPage: page, sandboxPhone, assign }) => {
    // The assistant is off by default: the administrator turns it on for the demo's active number.
    await trpcMutation(adminPage, "channels.setAssistant", { channelId: await activeChannelId(), enabled: true, sharesContactData: false });

    const { phone, conversationId } = await sandboxPhone.leadStarts("qual o valor do 2 quartos?", { name: `Lead Sugestões ${uniqueSuffix()}` });
    await assign(conversationId, "ana");

    await gotoHydrated(page, `/inbox/${conversationId}`);
    const composer = page.getByRole("textbox", { name: "Mensagem" });
    await composer.click();
    const panel = await pressSuggestionsShortcut(page);
    await expect(panel.getByTestId("assistant-stand-in")).toHaveText("assistente de demonstração");
    await expect(panel.getByText("qual o valor do 2 quartos?")).toBeVisible();
    // The typed key reached nothing else: the composer stays free while the drafts load.
    await expect(composer).toHaveValue("");

    const drafts = panel.getByRole("listbox", { name: "Sugestões de resposta" });
    await expect(drafts).toHaveAttribute("aria-busy", "false");
    const first = drafts.getByTestId("suggestion-draft").first();
    await expect(first).toContainText("R$ 489.000");
    const draftText = (await first.textContent()) ?? "";
    expect(draftText).not.toMatch(/\[F\d/);
    // Each draft shows the facts it used: here the 2-bedroom line of the price table.
    await expect(drafts.getByTestId("suggestion-facts-used").first()).toContainText(/Residencial Jardins — 2 quartos .*R\$ 489\.000/);
    await expect(panel.getByTestId("suggested-material").filter({ hasText: "Tabela de preços" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Enviar Tabela de preços" })).toBeEnabled();

    // Tab inserts the chosen draft into the text box; nothing has gone out.
    await composer.press("Tab");
    await expect(panel).toHaveCount(0);
    await expect(composer).toHaveValue(draftText);
    await expect(composer).toBeFocused();
    expect((await sandboxPhone.inbox(phone)).map((message) => message.text)).not.toContain(draftText);

    await composer.press("End");
    await composer.pressSequentially(" Abraços, Ana");
    await composer.press("Enter");
    await expect(composer).toHaveValue("");
    const sent = `${draftText} Abraços, Ana`;
    const reply = page.getByTestId("message").filter({ hasText: "Abraços, Ana" });
    await expect(reply).toHaveAttribute("data-direction", "OUTBOUND");
    await expect.poll(async () => (await sandboxPhone.inbox(phone)).map((message) => message.text), { timeout: 30_000 }).toContainEqual(sent);
  });

  test("outside the 24-hour window the assistant proposes an approved template, opened in the template dialog already chosen", async ({ brokerPage: page }) => {
    const db = await e2eDb();
    const lead = await seedJardinsLead(DEMO.ana.email, `Lead Janela ${uniqueSuffix()}`);
    const conversation = await seedConversation(db, {
      leadId: lead.id,
      channelId: await activeChannelId(),
      assigneeId: await userId(DEMO.ana.email),
      messages: [{ direction: MessageDirection.INBOUND, body: "qual o valor do 2 quartos?", minutesAgo: 26 * 60 }],
    });

    await gotoHydrated(page, `/inbox/${conversation.id}`);
    await expect(page.getByTestId("window-closed")).toBeVisible();
    const proposal = (await pressSuggestionsShortcut(page)).getByTestId("suggested-template");
    await expect(proposal).toContainText("A janela de 24 h está fechada");
    // The demo's active number has one approved template.
    const name = proposal.getByTestId("suggested-template-name");
    await expect(name).toHaveText("boas_vindas_lancamento");
    const proposed = (await name.textContent()) ?? "";
    await proposal.getByRole("button", { name: "Usar este template" }).click();

    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("radio", { name: new RegExp(`^${proposed}`) })).toHaveAttribute("aria-checked", "true");
    await expect(dialog.getByRole("button", { name: "Enviar template" })).toBeEnabled();
  });
});
