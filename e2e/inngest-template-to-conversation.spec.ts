import { seedLead } from "../prisma/seed/leads";
import { uniqueSuffix } from "../prisma/seed/unique";
import { DEMO, expect, gotoHydrated, loginAs, test } from "./fixtures";
import { e2eDb } from "./leads-support";
import { decideTemplate, openMetaReview } from "./meta-review";

// The e2e launcher derives the WhatsApp sandbox's port from the app's (dev/launcher/main.ts).
const SANDBOX = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 5290}`;
const CHANNEL = "Vendas — Jardins";

test.describe("From template approval to a delivered first message (Inngest jobs)", () => {
  // Issue 12 item 1: on the local demo, the sandbox's "Meta review" panel is where the approval comes from.
  test("an admin submits a template, approves it on the sandbox's Meta review panel, and a broker starts a conversation with it that reaches WhatsApp", async ({ page, browser }) => {
    const name = `visita_plantao_${uniqueSuffix()}`;
    await loginAs(page, "admin");
    await page.goto("/settings");
    await page.getByRole("navigation", { name: "Configurações" }).getByRole("link", { name: "Templates" }).click();
    await page.getByRole("link", { name: `Ver os templates de ${CHANNEL}` }).click();
    await page.getByRole("link", { name: "Novo template" }).first().click();
    await page.getByLabel("Nome do template").fill(name);
    await page.getByLabel("Mensagem").fill("Olá {{nome_cliente}}, aqui é {{nome_atendente}}. O plantão do {{nome_empreendimento}} abre sábado, posso reservar um horário?");
    await page.getByRole("button", { name: "Salvar e enviar para a Meta" }).click();
    await expect(page.getByText("Template salvo e enviado para a Meta.", { exact: true })).toBeVisible();
    // template/submit hands it to Meta: it waits there, PENDING, for a decision.
    const status = page.getByTestId(`template-${name}`).getByTestId("template-status");
    await expect(status).toHaveText("…Pendente", { timeout: 30_000 });
    const meta = await openMetaReview(browser);
    // The submitter hears the decision twice (the list's polling, the notification): one toast.
    const notified = page.waitForResponse((response) => response.url().includes("/api/trpc/") && response.url().includes("inbox.notification"), { timeout: 30_000 });
    await decideTemplate(meta, name, "Aprovar");
    // The sandbox's webhook lands and the card follows, without reloading.
    await expect(status).toHaveText("✓Aprovado", { timeout: 30_000 });
    await notified;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // Toasts live in Radix's "Notifications (F8)" region (a hidden screen-reader copy sits outside it).
    await expect(page.getByRole("region", { name: /^Notifications/ }).locator("li").filter({ hasText: new RegExp(`Template “?${name}”? aprovado pela Meta`) })).toHaveCount(1);
    await meta.context().close();

    const db = await e2eDb();
    const template = await db.messageTemplate.findFirstOrThrow({ where: { name } });
    expect(template.metaTemplateId).toMatch(/^\d+$/);

    const ana = await db.user.findUniqueOrThrow({ where: { email: DEMO.ana.email } });
    const jardins = await db.development.findUniqueOrThrow({ where: { name: "Residencial Jardins" } });
    const lead = await seedLead(db, { name: `Lead Plantão ${uniqueSuffix()}`, ownerId: ana.id, developmentIds: [jardins.id] });

    const broker = await (await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "pt-BR" })).newPage();
    await loginAs(broker, "ana");
    await gotoHydrated(broker, `/leads/${lead.id}`);
    await broker.getByRole("button", { name: "Comunicador" }).click();
    await broker.getByRole("menuitem", { name: "Nova conversa" }).click();
    const dialog = broker.getByRole("dialog", { name: "Nova conversa" });
    await dialog.getByRole("radio", { name: new RegExp(name) }).check();
    await expect(dialog.getByTestId("template-preview")).toHaveText(
      `Olá ${lead.name}, aqui é ${DEMO.ana.name}. O plantão do Residencial Jardins abre sábado, posso reservar um horário?`,
    );
    await dialog.getByRole("button", { name: "Enviar template" }).click();
    await expect(broker).toHaveURL(/\/inbox\/[a-z0-9]+$/);

    // message/send delivers it: the sandbox receives the template once and the message gets its wamid.
    const message = await db.message.findFirstOrThrow({ where: { templateId: template.id, conversation: { leadId: lead.id } } });
    await expect.poll(async () => (await db.message.findUniqueOrThrow({ where: { id: message.id } })).status, { timeout: 20_000 }).not.toBe("QUEUED");
    const sent = await db.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(sent).toMatchObject({ status: expect.stringMatching(/^(SENT|DELIVERED|READ)$/), errorCode: null });
    const received = (await (await broker.request.get(`${SANDBOX}/_sandbox/sent`)).json()) as { sent: { wamid?: string; accepted: boolean }[] };
    expect(received.sent.filter((s) => s.wamid === sent.wamid && s.accepted)).toHaveLength(1);
  });
});
