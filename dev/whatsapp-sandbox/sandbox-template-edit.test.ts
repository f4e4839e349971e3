import { describe, expect, it } from "vitest";
import { templateStatusUpdateValueSchema } from "../../server/meta/webhook-payload";
import { signedCorrectly, waitFor, sandboxSuite } from "../../test/whatsapp-sandbox/sandbox-kit";

const NUMBER = "200000000000007";
const WABA = "300000000000007";

const suite = sandboxSuite({ phoneNumberId: NUMBER, wabaId: WABA, displayPhoneNumber: "5531300000007", verifiedName: "Imobiliária BH" });

const body = (text: string) => [{ type: "BODY", text, example: { body_text: [["Ana"]] } }];

const decisions = (templateId: string) =>
  suite.receiver.received
    .filter((webhook) => webhook.body.entry[0]?.changes[0]?.field === "message_template_status_update")
    .map((webhook) => ({ webhook, value: templateStatusUpdateValueSchema.parse(webhook.body.entry[0]?.changes[0]?.value) }))
    .filter((event) => String(event.value.message_template_id) === templateId);

async function rejectedTemplate() {
  const created = await suite.kit.client.createTemplate({ wabaId: WABA, name: "oferta_especial", language: "pt_BR", category: "MARKETING", components: body("Oi {{1}}, REPROVAR hoje") });
  await waitFor(() => decisions(created.id).some((event) => event.value.event === "REJECTED"), "REJECTED webhook");
  return created;
}

describe("POST /{template-id} (edit)", () => {
  it("puts a rejected template back to PENDING with the new body and category, then approves it by a signed webhook", async () => {
    const created = await rejectedTemplate();
    // A person decides this review, so PENDING is there to be read (a 10 ms clock could beat us to it).
    await suite.kit.api("POST", "/_sandbox/config", { templateReview: "manual" });
    const edited = await suite.kit.client.editTemplate({ templateId: created.id, category: "UTILITY", components: body("Oi {{1}}, sua visita está confirmada") });
    expect(edited).toEqual({ success: true });
    expect(await suite.kit.client.getTemplate(created.id)).toMatchObject({
      id: created.id,
      name: "oferta_especial",
      language: "pt_BR",
      status: "PENDING",
      category: "UTILITY",
      components: body("Oi {{1}}, sua visita está confirmada"),
    });
    expect((await suite.kit.client.getTemplate(created.id)).rejected_reason).toBeUndefined();
    await suite.kit.api("POST", `/_sandbox/templates/${created.id}/decide`, { status: "APPROVED" });

    const approved = await waitFor(() => decisions(created.id).find((event) => event.value.event === "APPROVED"), "APPROVED webhook");
    expect(approved.value).toMatchObject({ message_template_name: "oferta_especial", message_template_language: "pt_BR" });
    expect(signedCorrectly(approved.webhook)).toBe(true);
    expect((await suite.kit.client.getTemplate(created.id)).status).toBe("APPROVED");
    // Edited in place: still one template under that name.
    expect((await suite.kit.client.listTemplates({ wabaId: WABA })).data).toHaveLength(1);
  });

  it("rejects the edit again, with reason NONE, when the new body carries the marker", async () => {
    const created = await rejectedTemplate();
    await suite.kit.client.editTemplate({ templateId: created.id, components: body("Oi {{1}}, ainda REPROVAR") });
    await waitFor(() => decisions(created.id).filter((event) => event.value.event === "REJECTED").length === 2, "second REJECTED webhook");
    expect(await suite.kit.client.getTemplate(created.id)).toMatchObject({ status: "REJECTED", rejected_reason: "NONE", category: "MARKETING" });
  });

  it("answers Meta's error for an unknown id, a template still under review, or an invalid body", async () => {
    await expect(suite.kit.client.editTemplate({ templateId: "999999", components: body("Oi {{1}}") })).rejects.toMatchObject({
      code: 100,
      subcode: 33,
      details: expect.stringContaining("'999999' does not exist"),
    });
    await suite.kit.api("POST", "/_sandbox/config", { templateReviewDelayMs: 60_000 });
    const pending = await suite.kit.client.createTemplate({ wabaId: WABA, name: "em_analise", language: "pt_BR", category: "UTILITY", components: body("Oi {{1}}") });
    await expect(suite.kit.client.editTemplate({ templateId: pending.id, components: body("Olá {{1}}") })).rejects.toMatchObject({ code: 100, details: expect.stringContaining("PENDING") });
    await suite.kit.api("POST", `/_sandbox/templates/${pending.id}/decide`, { status: "rejected" });
    await expect(suite.kit.client.editTemplate({ templateId: pending.id, components: [{ type: "BODY", text: "Oi {{1}}" }] })).rejects.toMatchObject({
      code: 100,
      details: expect.stringContaining("example"),
    });
    expect((await suite.kit.client.getTemplate(pending.id)).status).toBe("REJECTED");
  });

  it("refuses a new category on an approved template, as Meta does", async () => {
    const created = await suite.kit.client.createTemplate({ wabaId: WABA, name: "aprovado", language: "pt_BR", category: "MARKETING", components: body("Oi {{1}}") });
    await waitFor(() => decisions(created.id).some((event) => event.value.event === "APPROVED"), "APPROVED webhook");
    await expect(suite.kit.client.editTemplate({ templateId: created.id, category: "UTILITY", components: body("Oi {{1}}!") })).rejects.toMatchObject({ code: 100 });
    expect(await suite.kit.client.getTemplate(created.id)).toMatchObject({ status: "APPROVED", category: "MARKETING" });
  });
});

describe("DELETE /{waba-id}/message_templates", () => {
  it("deletes only the language hsm_id names, and answers Meta's not-found (2593002) afterwards", async () => {
    const pt = await suite.kit.client.createTemplate({ wabaId: WABA, name: "duas_linguas", language: "pt_BR", category: "UTILITY", components: body("Oi {{1}}") });
    const en = await suite.kit.client.createTemplate({ wabaId: WABA, name: "duas_linguas", language: "en_US", category: "UTILITY", components: body("Hi {{1}}") });
    await expect(suite.kit.client.deleteTemplate({ wabaId: WABA, name: "duas_linguas", templateId: pt.id })).resolves.toEqual({ success: true });
    expect((await suite.kit.client.listTemplates({ wabaId: WABA })).data.map((t) => t.id)).toEqual([en.id]);
    await expect(suite.kit.client.deleteTemplate({ wabaId: WABA, name: "duas_linguas", templateId: pt.id })).rejects.toMatchObject({ code: 100, subcode: 2593002 });
  });
});
