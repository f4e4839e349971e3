import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, sandboxConfigFromEnv } from "./config";
import { sandboxSuite, waitFor } from "../../test/whatsapp-sandbox/sandbox-kit";

const NUMBER = "200000000000009";
const WABA = "300000000000009";

const suite = sandboxSuite({ phoneNumberId: NUMBER, wabaId: WABA, displayPhoneNumber: "+55 11 4000-1009", verifiedName: "Imobiliária Revisão" });

// Meta sends template ids as JSON numbers.
const templateEvents = () =>
  (suite.receiver.values("message_template_status_update") as { event: string; reason?: string; message_template_id: number }[]).map((e) => ({
    ...e,
    message_template_id: String(e.message_template_id),
  }));
const body = (text: string) => [{ type: "BODY", text, example: { body_text: [["Maria"]] } }];

async function manual() {
  await suite.kit.api("POST", "/_sandbox/config", { templateReview: "manual", templateReviewDelayMs: 0 });
}

describe("manual review (the demo's default)", () => {
  it("is the default, and SANDBOX_TEMPLATE_REVIEW switches it", () => {
    expect(DEFAULT_CONFIG.templateReview).toBe("manual");
    expect(sandboxConfigFromEnv({ SANDBOX_TEMPLATE_REVIEW: "auto" })).toEqual({ templateReview: "auto" });
    expect(() => sandboxConfigFromEnv({ SANDBOX_TEMPLATE_REVIEW: "sim" })).toThrow(/SANDBOX_TEMPLATE_REVIEW/);
  });

  it("keeps a created template PENDING until a person decides, even with the reject marker", async () => {
    await manual();
    const created = await suite.kit.client.createTemplate({ wabaId: WABA, name: "espera_revisao", language: "pt_BR", category: "MARKETING", components: body("Oi {{1}}, REPROVAR?") });
    // Anything automatic would have fired at once with a zero delay; idle webhooks mean none was sent.
    await suite.kit.sandbox.webhooksIdle();
    expect(templateEvents()).toEqual([]);
    expect((await suite.kit.client.getTemplate(created.id)).status).toBe("PENDING");

    const decided = await suite.kit.api("POST", `/_sandbox/templates/${created.id}/decide`, { status: "APPROVED" });
    expect(decided.body).toMatchObject({ status: "APPROVED" });
    const [event] = await waitFor(() => templateEvents().length > 0 && templateEvents(), "template webhook");
    expect(event).toMatchObject({ event: "APPROVED", message_template_id: created.id });
  });

  it("rejects with the reason a person gives, or NONE when left blank", async () => {
    await manual();
    const withReason = await suite.kit.client.createTemplate({ wabaId: WABA, name: "com_motivo", language: "pt_BR", category: "UTILITY", components: body("Oi {{1}}") });
    const blank = await suite.kit.client.createTemplate({ wabaId: WABA, name: "sem_motivo", language: "pt_BR", category: "UTILITY", components: body("Olá {{1}}") });
    await suite.kit.api("POST", `/_sandbox/templates/${withReason.id}/decide`, { status: "REJECTED", reason: "Conteúdo promocional em template de utilidade" });
    await suite.kit.api("POST", `/_sandbox/templates/${blank.id}/decide`, { status: "REJECTED", reason: "  " });
    const events = await waitFor(() => templateEvents().length === 2 && templateEvents(), "two template webhooks");
    expect(events.find((e) => e.message_template_id === withReason.id)).toMatchObject({ event: "REJECTED", reason: "Conteúdo promocional em template de utilidade" });
    expect(events.find((e) => e.message_template_id === blank.id)).toMatchObject({ event: "REJECTED", reason: "NONE" });
    expect(await suite.kit.client.getTemplate(blank.id)).toMatchObject({ status: "REJECTED", rejected_reason: "NONE" });
  });
});

describe("PUT /_sandbox/templates/:id (templates the app already holds)", () => {
  const seeded = (status: string, name = "convite_visita") => ({ wabaId: WABA, name, language: "pt_BR", category: "MARKETING", components: body("Oi {{1}}!"), status });

  it("registers a seeded template under the app's Meta id, so sends find it and a review can decide it", async () => {
    await manual();
    await suite.kit.api("POST", "/_sandbox/config", { strictTemplates: true });
    const approved = await suite.kit.api("PUT", "/_sandbox/templates/900000000000001", seeded("APPROVED", "boas_vindas"));
    expect(approved).toMatchObject({ status: 201, body: { id: "900000000000001", status: "APPROVED", created: true } });
    const pending = await suite.kit.api("PUT", "/_sandbox/templates/900000000000002", seeded("PENDING"));
    expect(pending.body).toMatchObject({ status: "PENDING", created: true });

    await suite.kit.api("POST", `/_sandbox/leads/5511955554444/messages`, { phoneNumberId: NUMBER, type: "text", text: "oi" });
    await expect(suite.kit.client.sendTemplate(NUMBER, { to: "5511955554444", name: "boas_vindas", languageCode: "pt_BR", bodyParameters: ["Ana"] })).resolves.toBeDefined();
    expect((await suite.kit.client.getTemplate("900000000000002")).status).toBe("PENDING");

    await suite.kit.api("POST", "/_sandbox/templates/900000000000002/decide", { status: "APPROVED" });
    const [event] = await waitFor(() => templateEvents().length > 0 && templateEvents(), "template webhook");
    expect(event).toMatchObject({ event: "APPROVED", message_template_id: "900000000000002" });
  });

  it("keeps what it already knows under that id, and replaces a stale copy of the same name", async () => {
    await manual();
    await suite.kit.api("PUT", "/_sandbox/templates/900000000000003", seeded("PENDING"));
    await suite.kit.api("POST", "/_sandbox/templates/900000000000003/decide", { status: "APPROVED" });
    const again = await suite.kit.api("PUT", "/_sandbox/templates/900000000000003", seeded("PENDING"));
    expect(again).toMatchObject({ status: 200, body: { status: "APPROVED", created: false } });

    // A database seeded afresh holds the same template under a new id.
    await suite.kit.api("PUT", "/_sandbox/templates/900000000000004", seeded("PENDING"));
    const listed = await suite.kit.api("GET", `/_sandbox/templates?wabaId=${WABA}`);
    expect(listed.body.templates).toEqual([expect.objectContaining({ id: "900000000000004", name: "convite_visita", status: "PENDING" })]);
  });

  it("refuses an unknown status", async () => {
    expect((await suite.kit.api("PUT", "/_sandbox/templates/900000000000005", seeded("DRAFT"))).status).toBe(400);
  });
});
