import { request as playwrightRequest } from "@playwright/test";
import { simplePdf, solidPng } from "../prisma/seed/sample-files";
import { expect, loginAs, test } from "./fixtures";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test.describe("Empreendimentos", () => {
  test("an admin creates a development, uploads an image and a table, sees the thumbnail, reorders, renames and removes", async ({ page, baseURL }) => {
    // Two uploads, a thumbnail decode, a reload and four mutations: 30 s alone and 51 s beside the rest of the
    // suite on 2 cores, too close to the default 60 s once the page grew the development's facts form.
    test.setTimeout(120_000);
    await loginAs(page, "admin");
    await page.goto("/settings");
    await page.getByRole("navigation", { name: "Configurações" }).getByRole("link", { name: "Empreendimentos" }).click();
    await expect(page.getByRole("link", { name: "Residencial Jardins" })).toBeVisible();

    const name = `Residencial E2E ${unique()}`;
    await page.getByRole("button", { name: "Novo empreendimento" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Novo empreendimento" });
    await dialog.getByRole("button", { name: "Criar" }).click();
    await expect(dialog.getByText("Informe o nome do empreendimento")).toBeVisible();
    await dialog.getByLabel("Nome").fill(name);
    await dialog.getByLabel("Cidade").fill("Campinas");
    await dialog.getByLabel("UF").selectOption("SP");
    await dialog.getByRole("button", { name: "Criar" }).click();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await expect(page.getByText("Nenhum material ainda")).toBeVisible();

    // Meta's limits are checked in the browser before anything is sent.
    const file = page.getByLabel("Arquivo");
    await file.setInputFiles({ name: "planta.pdf", mimeType: "application/pdf", buffer: simplePdf("Planta") });
    await expect(page.getByText("O WhatsApp não aceita este tipo de arquivo nesta categoria. Aceitos: JPG, PNG.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Enviar arquivo" })).toBeDisabled();
    await file.setInputFiles({ name: "enorme.png", mimeType: "image/png", buffer: Buffer.alloc(6 * 1024 * 1024) });
    await expect(page.getByText("O arquivo tem 6 MB; o limite do WhatsApp para este tipo é 5 MB.")).toBeVisible();

    await file.setInputFiles({ name: "fachada.png", mimeType: "image/png", buffer: solidPng(120, 80, [15, 118, 110]) });
    await page.getByRole("button", { name: "Enviar arquivo" }).click();
    await expect(page.getByText("fachada.png enviado.", { exact: true })).toBeVisible();
    const thumbnail = page.getByRole("img", { name: "Miniatura de fachada" });
    await expect(thumbnail).toBeVisible();
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);

    await page.getByLabel("Categoria").selectOption({ label: "Tabela de preços" });
    await file.setInputFiles({ name: "tabela-junho.pdf", mimeType: "application/pdf", buffer: simplePdf("Tabela junho") });
    await page.getByLabel("Nome (opcional)").fill("Tabela de junho");
    await page.getByRole("button", { name: "Enviar arquivo" }).click();
    await expect(page.getByText("tabela-junho.pdf enviado.", { exact: true })).toBeVisible();

    const list = page.getByRole("list", { name: "Materiais do empreendimento, na ordem de exibição" });
    const order = () => list.getByRole("listitem").evaluateAll((items) => items.map((i) => i.getAttribute("data-testid")));
    await expect.poll(order).toEqual(["media-fachada", "media-Tabela de junho"]);

    // Reorder from the keyboard; focus stays with the moved item.
    await page.getByRole("button", { name: "Mover Tabela de junho para cima" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(order).toEqual(["media-Tabela de junho", "media-fachada"]);
    await expect(page.getByRole("button", { name: "Mover Tabela de junho para baixo" })).toBeFocused();
    await page.reload();
    await expect.poll(order).toEqual(["media-Tabela de junho", "media-fachada"]);

    await page.getByRole("button", { name: "Renomear fachada" }).click();
    await page.getByLabel("Novo nome para fachada").fill("Fachada noturna");
    await page.keyboard.press("Enter");
    await expect(page.getByText("Nome da mídia alterado.", { exact: true })).toBeVisible();
    await expect(page.getByTestId("media-Fachada noturna")).toBeVisible();

    // The file is served to signed-in users only, with its type and nosniff.
    const src = await page.getByRole("img", { name: "Miniatura de Fachada noturna" }).getAttribute("src");
    const served = await page.request.get(src ?? "");
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/png");
    expect(served.headers()["x-content-type-options"]).toBe("nosniff");
    expect(served.headers()["content-disposition"]).toContain('filename="fachada.png"');
    const anonymous = await playwrightRequest.newContext({ baseURL });
    expect((await anonymous.get(src ?? "")).status()).toBe(401);
    await anonymous.dispose();

    await page.getByRole("button", { name: "Remover Fachada noturna" }).click();
    const confirm = page.getByRole("dialog", { name: "Remover “Fachada noturna”?" });
    await expect(confirm).toContainText("A mídia sai deste empreendimento. Mensagens já enviadas não mudam.");
    await confirm.getByRole("button", { name: "Remover" }).click();
    await expect(page.getByText("“Fachada noturna” removida.", { exact: true })).toBeVisible();
    await expect.poll(order).toEqual(["media-Tabela de junho"]);
  });

  test("an admin records the facts brokers quote, by keyboard: typologies, delivery, amenities, payment", async ({ page }) => {
    await loginAs(page, "admin");
    await page.goto("/settings/developments");
    const name = `Residencial Fatos ${unique()}`;
    await page.getByRole("button", { name: "Novo empreendimento" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Novo empreendimento" });
    await dialog.getByLabel("Nome").fill(name);
    await dialog.getByRole("button", { name: "Criar" }).click();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await expect(page.getByText("Nenhuma tipologia cadastrada.")).toBeVisible();

    await page.getByRole("button", { name: "Adicionar tipologia" }).press("Enter");
    await expect(page.getByTestId("typology-row").getByLabel("Nome")).toBeFocused();
    await page.keyboard.type("2 quartos");
    for (const value of ["2", "1", "62,5", "489.000", "1"]) {
      await page.keyboard.press("Tab");
      await page.keyboard.type(value);
    }
    await page.getByLabel("Previsão de entrega").fill("2027-12");
    const amenity = page.getByLabel("Lazer e diferenciais");
    await amenity.fill("Piscina");
    await amenity.press("Enter");
    await amenity.fill("piscina");
    await amenity.press("Enter");
    await expect(page.getByText("Esse item já está na lista.")).toBeVisible();
    await amenity.fill("Academia");
    await amenity.press("Enter");
    await expect(amenity).toBeFocused();
    await page.getByLabel("Condições de pagamento").fill("Entrada de 10% e saldo financiado; aceita FGTS.");
    await page.getByRole("button", { name: "Salvar" }).click();
    await expect(page.getByText("Empreendimento salvo.", { exact: true })).toBeVisible();

    await page.reload();
    const row = page.getByRole("group", { name: "2 quartos" });
    await expect(row.getByLabel("Área (m²)")).toHaveValue("62,5");
    await expect(row.getByLabel("A partir de (R$)")).toHaveValue("489.000");
    await expect(page.getByRole("list", { name: "Itens de lazer" }).getByRole("listitem")).toHaveText(["Piscina×", "Academia×"]);
    await page.getByRole("button", { name: "Remover Piscina" }).click();
    await expect(page.getByLabel("Lazer e diferenciais")).toBeFocused();

    await row.getByLabel("Suítes").fill("3");
    await page.getByRole("button", { name: "Salvar" }).click();
    await expect(page.getByText("Há mais suítes do que quartos: confira os números.")).toBeVisible();
  });

  test("a broker is refused the developments pages and uploads, but may open materials", async ({ page, baseURL }) => {
    await loginAs(page, "bruno");
    for (const path of ["/settings/developments", "/settings/developments/qualquer-id"]) {
      await page.goto(path);
      await expect(page.getByTestId("forbidden")).toContainText("Você não tem acesso a esta página");
    }
    const list = await page.request.get(`/api/trpc/developments.list?input=${encodeURIComponent(JSON.stringify({ json: null }))}`);
    expect(list.status()).toBe(403);
    // The Origin a browser sends from the app's own pages (a request without one is refused first).
    const upload = await page.request.post("/api/media/upload", {
      headers: { origin: baseURL ?? "" },
      multipart: { developmentId: "x", kind: "PHOTO", file: { name: "f.png", mimeType: "image/png", buffer: solidPng(4, 4, [0, 0, 0]) } },
    });
    expect(upload.status()).toBe(403);
    expect((await upload.json()).error).toContain("Seu perfil de acesso não permite esta ação");
    expect((await page.request.get("/api/media/nao-existe")).status()).toBe(404);
  });
});
