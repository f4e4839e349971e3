import { describe, expect, it } from "vitest";
import {
  accountUpdateWebhook,
  inboundMessagesWebhook,
  phoneNumberQualityWebhook,
  sampleStatuses,
  statusesWebhook,
  templateQualityWebhook,
  templateStatusWebhook,
} from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { inboundMessageTypes } from "./webhook-inbound-message";
import { inboundMessage, sampleInboundMessages } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { parseWebhookChange, webhookEnvelopeSchema, type ParsedWebhookChange } from "./webhook-payload";

// Round-trips through JSON like a real request body would.
function onlyChange(body: unknown): ParsedWebhookChange {
  const envelope = webhookEnvelopeSchema.parse(JSON.parse(JSON.stringify(body)));
  expect(envelope.object).toBe("whatsapp_business_account");
  const change = envelope.entry[0]?.changes[0];
  if (!change) throw new Error("no change");
  return parseWebhookChange(change);
}

function messagesOf(body: unknown) {
  const parsed = onlyChange(body);
  if (parsed.kind !== "messages") throw new Error(`expected messages, got ${parsed.kind}`);
  return parsed.value;
}

describe("inbound message fixtures", () => {
  it("cover every documented inbound type and all parse", () => {
    const messages = sampleInboundMessages();
    expect(new Set(messages.map((message) => message.type))).toEqual(new Set(inboundMessageTypes));
    const value = messagesOf(inboundMessagesWebhook({ messages, contact: { name: "Ana", waId: "5511987654321", userId: "BR.123" } }));
    expect(value.messages).toHaveLength(messages.length);
    expect(value.contacts?.[0]).toMatchObject({ profile: { name: "Ana" }, wa_id: "5511987654321", user_id: "BR.123" });
    expect(value.metadata.phone_number_id).toBe("106540352242922");
  });

  it("types each message by its `type`", () => {
    const value = messagesOf(inboundMessagesWebhook({ messages: sampleInboundMessages() }));
    const text = value.messages?.find((message) => message.type === "text");
    expect(text?.type === "text" && text.text.body).toBe("Olá, tenho interesse no apartamento");
    const audio = value.messages?.find((message) => message.type === "audio" && message.audio.voice);
    expect(audio?.type === "audio" && audio.audio.mime_type).toBe("audio/ogg; codecs=opus");
    const interactive = value.messages?.filter((message) => message.type === "interactive") ?? [];
    expect(interactive.map((message) => message.type === "interactive" && message.interactive.type)).toEqual([
      "button_reply",
      "list_reply",
    ]);
    const unsupported = value.messages?.find((message) => message.type === "unsupported");
    expect(unsupported?.errors?.[0]?.code).toBe(131051);
  });

  it("keeps reply context and ad referral", () => {
    const value = messagesOf(inboundMessagesWebhook({ messages: sampleInboundMessages() }));
    expect(value.messages?.[1]?.context?.id).toMatch(/^wamid\./);
    expect(value.messages?.[2]?.referral).toMatchObject({ source_type: "ad", headline: "Residencial Jardim" });
  });

  it("distinguishes a removed reaction (no emoji)", () => {
    const value = messagesOf(
      inboundMessagesWebhook({
        messages: [inboundMessage.reaction({ messageId: "wamid.A", emoji: "❤️" }), inboundMessage.reaction({ messageId: "wamid.A" })],
      }),
    );
    const [added, removed] = value.messages ?? [];
    expect(added?.type === "reaction" && added.reaction.emoji).toBe("❤️");
    expect(removed?.type === "reaction" && removed.reaction.emoji).toBeUndefined();
  });

  it("accepts a lead known only by username (no `from`, no wa_id)", () => {
    const value = messagesOf(
      inboundMessagesWebhook({
        contact: { name: "Ana", userId: "BR.1502576394655843", username: "@ana" },
        messages: [inboundMessage.text({ from: null, fromUserId: "BR.1502576394655843", body: "oi" })],
      }),
    );
    expect(value.messages?.[0]?.from).toBeUndefined();
    expect(value.messages?.[0]?.from_user_id).toBe("BR.1502576394655843");
    expect(value.contacts?.[0]?.wa_id).toBeUndefined();
  });

  it("system messages come without contacts", () => {
    const value = messagesOf(inboundMessagesWebhook({ messages: [inboundMessage.system({ newWaId: "5511900001111" })] }));
    expect(value.contacts).toBeUndefined();
  });

  it("keeps unknown fields and folds unknown message types into unsupported", () => {
    const body = inboundMessagesWebhook({ messages: [inboundMessage.text({ body: "x" })] });
    const raw = JSON.parse(JSON.stringify(body));
    raw.entry[0].changes[0].value.brand_new_field = { a: 1 };
    raw.entry[0].changes[0].value.messages.push({ from: "5511987654321", id: "wamid.Z", timestamp: 1700000000, type: "poll_vote", poll_vote: { option: 2 } });
    const parsed = parseWebhookChange(webhookEnvelopeSchema.parse(raw).entry[0]!.changes[0]!);
    if (parsed.kind !== "messages") throw new Error(parsed.kind);
    expect(parsed.value).toHaveProperty("brand_new_field", { a: 1 });
    const folded = parsed.value.messages?.[1];
    expect(folded?.type).toBe("unsupported");
    expect(folded?.type === "unsupported" && folded.unsupported?.type).toBe("poll_vote");
    expect(folded).toHaveProperty("poll_vote", { option: 2 });
    expect(folded?.timestamp).toBe("1700000000");
  });

  it("reports a malformed known message as invalid instead of throwing", () => {
    const body = inboundMessagesWebhook({ messages: [inboundMessage.text({ body: "x" })] });
    const raw = JSON.parse(JSON.stringify(body));
    delete raw.entry[0].changes[0].value.messages[0].text;
    const parsed = parseWebhookChange(webhookEnvelopeSchema.parse(raw).entry[0]!.changes[0]!);
    expect(parsed.kind).toBe("invalid");
  });
});

describe("status fixtures", () => {
  it("parse sent, delivered, read, played and failed with its error", () => {
    const value = messagesOf(statusesWebhook({ statuses: sampleStatuses("wamid.X") }));
    expect(value.statuses?.map((status) => status.status)).toEqual(["sent", "delivered", "read", "played", "failed"]);
    expect(value.statuses?.[0]?.pricing).toMatchObject({ pricing_model: "PMP", category: "service" });
    expect(value.statuses?.[4]?.errors?.[0]).toMatchObject({ code: 131047, error_data: { details: expect.stringContaining("24 hours") } });
  });
});

describe("other change fields", () => {
  it("parses template status updates, with numeric ids and reason NONE", () => {
    const parsed = onlyChange(
      templateStatusWebhook({ event: "REJECTED", templateId: "594425479261596", name: "boas_vindas", language: "pt_BR" }),
    );
    expect(parsed).toMatchObject({
      kind: "message_template_status_update",
      value: { event: "REJECTED", message_template_id: "594425479261596", reason: "NONE" },
    });
  });

  it("parses template quality, phone quality and account updates", () => {
    expect(onlyChange(templateQualityWebhook({ templateId: "1", name: "a", language: "pt_BR", previous: "GREEN", current: "YELLOW" })).kind).toBe(
      "message_template_quality_update",
    );
    expect(onlyChange(phoneNumberQualityWebhook({ event: "FLAGGED", currentLimit: "TIER_1K" }))).toMatchObject({
      kind: "phone_number_quality_update",
      value: { event: "FLAGGED", current_limit: "TIER_1K" },
    });
    expect(onlyChange(accountUpdateWebhook({ event: "ACCOUNT_RESTRICTION", restrictionType: "RESTRICTED_ADD_PHONE_NUMBER_ACTION" }))).toMatchObject({
      kind: "account_update",
      value: { event: "ACCOUNT_RESTRICTION" },
    });
  });

  it("ignores fields it does not know", () => {
    expect(parseWebhookChange({ field: "business_capability_update", value: {} })).toEqual({
      kind: "ignored",
      field: "business_capability_update",
    });
  });
});
