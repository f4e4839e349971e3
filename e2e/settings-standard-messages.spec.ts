import { expect, gotoHydrated, loginAs, test } from "./fixtures";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("standard messages", () => {
  test("a manager writes a global message with variable buttons and a live preview, edits and deletes it", async ({ page }) => {
    await loginAs(page, "manager");
    await page.goto("/settings/standard-messages");
    const global = page.getByTestId("section-global");
    await global.getByRole("button", { name: "Nova mensagem global" }).click();
    const editor = page.getByRole("dialog", { name: "Nova mensagem global" });
    await editor.getByRole("button", { name: "Salvar mensagem" }).click();
    await expect(editor.getByText("Dê um título à mensagem.")).toBeVisible();

    const title = `Retorno E2E ${unique()}`;
    await editor.getByLabel("Título").fill(title);
    const body = editor.getByLabel("Texto da mensagem");
    await body.fill("Olá ");
    await editor.getByRole("button", { name: "+ Nome do cliente" }).click();
    await body.press("End");
    await body.pressSequentially(", aqui é ");
    await editor.getByRole("button", { name: "+ Nome do atendente" }).click();
    await body.press("End");
    await body.pressSequentially(" do ");
    await editor.getByRole("button", { name: "+ Nome do empreendimento" }).click();
    await expect(body).toHaveValue("Olá {{nome_cliente}}, aqui é {{nome_atendente}} do {{nome_empreendimento}}");
    await expect(editor.getByTestId("message-preview")).toHaveText("Olá Maria Souza, aqui é Gustavo Gestor do Residencial Jardins");

    await body.fill("Oi {{nome}}!");
    await editor.getByRole("button", { name: "Salvar mensagem" }).click();
    await expect(editor.getByText("A variável {{nome}} não existe.", { exact: false })).toBeVisible();
    await body.fill("Oi {{nome_cliente}}! Retornando seu contato.");
    await editor.getByRole("button", { name: "Salvar mensagem" }).click();
    await expect(page.getByText(`Mensagem “${title}” criada.`, { exact: true })).toBeVisible();
    const card = global.getByTestId(`message-${title}`);
    await expect(card).toContainText("Oi Nome do cliente! Retornando seu contato.");

    await card.getByRole("button", { name: `Editar ${title}` }).click();
    const edit = page.getByRole("dialog", { name: "Editar mensagem" });
    await edit.getByLabel("Texto da mensagem").fill("Oi {{nome_cliente}}! Já separei as informações.");
    await edit.getByRole("button", { name: "Salvar mensagem" }).click();
    await expect(page.getByText(`Mensagem “${title}” salva.`, { exact: true })).toBeVisible();
    await expect(card).toContainText("Já separei as informações.");

    await card.getByRole("button", { name: `Excluir ${title}` }).click();
    const confirm = page.getByRole("dialog", { name: `Excluir a mensagem “${title}”?` });
    await expect(confirm).toContainText("Ela some das mensagens padrão de toda a equipe.");
    await confirm.getByRole("button", { name: "Excluir" }).click();
    await expect(page.getByText(`Mensagem “${title}” excluída.`, { exact: true })).toBeVisible();
    await expect(card).toBeHidden();
  });

  test("a broker keeps personal messages only they see, reads the global ones, and reaches no other settings", async ({ page, browser }) => {
    await loginAs(page, "ana");
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/settings\/standard-messages$/);
    const settingsNav = page.getByRole("navigation", { name: "Configurações" });
    await expect(settingsNav.getByRole("link")).toHaveText(["Mensagens padrão"]);

    const global = page.getByTestId("section-global");
    await expect(global.getByTestId("message-Boas-vindas")).toBeVisible();
    await expect(global.getByRole("button", { name: "Nova mensagem global" })).toHaveCount(0);
    await expect(global.getByRole("button", { name: /^Editar/ })).toHaveCount(0);

    const title = `Assinatura E2E ${unique()}`;
    const personal = page.getByTestId("section-personal");
    await personal.getByRole("button", { name: "Nova mensagem pessoal" }).click();
    const editor = page.getByRole("dialog", { name: "Nova mensagem pessoal" });
    await editor.getByLabel("Título").fill(title);
    await editor.getByLabel("Texto da mensagem").fill("Abraço, {{nome_atendente}}");
    await expect(editor.getByTestId("message-preview")).toHaveText("Abraço, Ana Corretora");
    await editor.getByRole("button", { name: "Salvar mensagem" }).click();
    await expect(page.getByText(`Mensagem “${title}” criada.`, { exact: true })).toBeVisible();
    await expect(personal.getByTestId(`message-${title}`)).toBeVisible();

    const other = await browser.newContext();
    const bruno = await other.newPage();
    await loginAs(bruno, "bruno");
    await bruno.goto("/settings/standard-messages");
    await expect(bruno.getByTestId("section-personal")).toBeVisible();
    await expect(bruno.getByText(title)).toHaveCount(0);
    await other.close();

    await page.goto("/settings/users");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await page.goto("/settings/queues");
    await expect(page.getByTestId("forbidden")).toBeVisible();

    await gotoHydrated(page, "/settings/standard-messages");
    await page.getByTestId(`message-${title}`).getByRole("button", { name: `Excluir ${title}` }).click();
    await page.getByRole("dialog", { name: `Excluir a mensagem “${title}”?` }).getByRole("button", { name: "Excluir" }).click();
    await expect(page.getByText(`Mensagem “${title}” excluída.`, { exact: true })).toBeVisible();
  });
});
