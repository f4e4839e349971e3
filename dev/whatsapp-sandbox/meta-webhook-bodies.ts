import type { z } from "zod";
import type { InboundMessageInput } from "../../server/meta/webhook-inbound-message";
import { fakeWamid, unixNow } from "./meta-message-bodies";
import type {
  accountUpdateValueSchema,
  messageStatusSchema,
  messagesChangeValueSchema,
  phoneNumberQualityUpdateValueSchema,
  templateQualityUpdateValueSchema,
  templateStatusUpdateValueSchema,
} from "../../server/meta/webhook-payload";

// Whole webhook bodies as Meta posts them (envelope → entry → changes), for route tests
// and for the sandbox, which emits exactly these.

export type FixtureBusiness = { wabaId: string; phoneNumberId: string; displayPhoneNumber: string };

export const DEFAULT_BUSINESS: FixtureBusiness = {
  wabaId: "102290129340398",
  phoneNumberId: "106540352242922",
  displayPhoneNumber: "5511400028922",
};

export type FixtureContact = { name?: string; waId?: string; userId?: string; username?: string };

export type WebhookBody<Field extends string, Value> = {
  object: "whatsapp_business_account";
  entry: { id: string; time?: number; changes: { field: Field; value: Value }[] }[];
};

type MessagesValue = z.input<typeof messagesChangeValueSchema>;
type StatusInput = z.input<typeof messageStatusSchema>;

export function webhookBody<Field extends string, Value>(
  wabaId: string,
  field: Field,
  value: Value,
): WebhookBody<Field, Value> {
  return {
    object: "whatsapp_business_account",
    entry: [{ id: wabaId, time: Math.floor(Date.now() / 1000), changes: [{ field, value }] }],
  };
}

function metadata(business: FixtureBusiness) {
  return { display_phone_number: business.displayPhoneNumber, phone_number_id: business.phoneNumberId };
}

export function inboundMessagesWebhook(input: {
  business?: FixtureBusiness;
  contact?: FixtureContact;
  messages: InboundMessageInput[];
}): WebhookBody<"messages", MessagesValue> {
  const business = input.business ?? DEFAULT_BUSINESS;
  const contact = input.contact ?? { name: "Lead de Teste", waId: "5511987654321" };
  const onlySystem = input.messages.every((message) => message.type === "system");
  const value: MessagesValue = {
    messaging_product: "whatsapp",
    metadata: metadata(business),
    ...(onlySystem
      ? {}
      : {
          contacts: [
            {
              profile: {
                ...(contact.name ? { name: contact.name } : {}),
                ...(contact.username ? { username: contact.username } : {}),
              },
              ...(contact.waId ? { wa_id: contact.waId } : {}),
              ...(contact.userId ? { user_id: contact.userId } : {}),
            },
          ],
        }),
    messages: input.messages,
  };
  return webhookBody(business.wabaId, "messages", value);
}

export type StatusFixtureInput = {
  wamid: string;
  status: "sent" | "delivered" | "read" | "failed" | "played";
  recipientId?: string;
  recipientUserId?: string;
  timestamp?: string;
  /** Pricing category: "marketing" | "utility" | "authentication" | "service". */
  category?: string;
  error?: { code: number; title: string; message?: string; details?: string };
};

export function messageStatus(input: StatusFixtureInput): StatusInput {
  const billable = input.status !== "failed";
  return {
    id: input.wamid,
    status: input.status,
    timestamp: input.timestamp ?? unixNow(),
    ...(input.recipientId ? { recipient_id: input.recipientId } : {}),
    ...(input.recipientUserId ? { recipient_user_id: input.recipientUserId } : {}),
    ...(billable && input.status !== "played"
      ? {
          pricing: {
            billable: (input.category ?? "service") !== "service",
            pricing_model: "PMP",
            category: input.category ?? "service",
            type: (input.category ?? "service") === "service" ? "free_customer_service" : "regular",
          },
        }
      : {}),
    ...(input.error
      ? {
          errors: [
            {
              code: input.error.code,
              title: input.error.title,
              message: input.error.message ?? input.error.title,
              error_data: { details: input.error.details ?? input.error.title },
              href: "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
            },
          ],
        }
      : {}),
  };
}

export function statusesWebhook(input: {
  business?: FixtureBusiness;
  statuses: StatusFixtureInput[];
}): WebhookBody<"messages", MessagesValue> {
  const business = input.business ?? DEFAULT_BUSINESS;
  return webhookBody(business.wabaId, "messages", {
    messaging_product: "whatsapp",
    metadata: metadata(business),
    statuses: input.statuses.map(messageStatus),
  });
}

// Meta sends template ids as JSON numbers; one beyond 2^53 would lose digits, so keep it a string.
function jsonTemplateId(templateId: string): number | string {
  const asNumber = Number(templateId);
  return Number.isSafeInteger(asNumber) ? asNumber : templateId;
}

export function templateStatusWebhook(input: {
  wabaId?: string;
  event: string;
  templateId: string;
  name: string;
  language: string;
  reason?: string | null;
  category?: string;
}): WebhookBody<"message_template_status_update", z.input<typeof templateStatusUpdateValueSchema>> {
  return webhookBody(input.wabaId ?? DEFAULT_BUSINESS.wabaId, "message_template_status_update", {
    event: input.event,
    message_template_id: jsonTemplateId(input.templateId),
    message_template_name: input.name,
    message_template_language: input.language,
    reason: input.reason === undefined ? "NONE" : input.reason,
    ...(input.category ? { message_template_category: input.category } : {}),
  });
}

export function templateQualityWebhook(input: {
  wabaId?: string;
  templateId: string;
  name: string;
  language: string;
  previous: string;
  current: string;
}): WebhookBody<"message_template_quality_update", z.input<typeof templateQualityUpdateValueSchema>> {
  return webhookBody(input.wabaId ?? DEFAULT_BUSINESS.wabaId, "message_template_quality_update", {
    previous_quality_score: input.previous,
    new_quality_score: input.current,
    message_template_id: jsonTemplateId(input.templateId),
    message_template_name: input.name,
    message_template_language: input.language,
  });
}

export function phoneNumberQualityWebhook(input: {
  wabaId?: string;
  displayPhoneNumber?: string;
  event: "FLAGGED" | "UNFLAGGED" | "UPGRADE" | "DOWNGRADE" | "ONBOARDING";
  currentLimit: string;
  oldLimit?: string;
}): WebhookBody<"phone_number_quality_update", z.input<typeof phoneNumberQualityUpdateValueSchema>> {
  return webhookBody(input.wabaId ?? DEFAULT_BUSINESS.wabaId, "phone_number_quality_update", {
    display_phone_number: input.displayPhoneNumber ?? DEFAULT_BUSINESS.displayPhoneNumber,
    event: input.event,
    current_limit: input.currentLimit,
    ...(input.oldLimit ? { old_limit: input.oldLimit } : {}),
  });
}

export function accountUpdateWebhook(input: {
  wabaId?: string;
  event: string;
  phoneNumber?: string;
  restrictionType?: string;
  violationType?: string;
}): WebhookBody<"account_update", z.input<typeof accountUpdateValueSchema>> {
  return webhookBody(input.wabaId ?? DEFAULT_BUSINESS.wabaId, "account_update", {
    event: input.event,
    ...(input.phoneNumber ? { phone_number: input.phoneNumber } : {}),
    ...(input.violationType ? { violation_info: { violation_type: input.violationType } } : {}),
    ...(input.restrictionType
      ? { restriction_info: [{ restriction_type: input.restrictionType, expiration: Math.floor(Date.now() / 1000) + 86400 }] }
      : {}),
  });
}

/** sent, delivered, read, played and a failed 131047 for one wamid. */
export function sampleStatuses(wamid = fakeWamid(), recipientId = "5511987654321"): StatusFixtureInput[] {
  return [
    { wamid, status: "sent", recipientId },
    { wamid, status: "delivered", recipientId },
    { wamid, status: "read", recipientId },
    { wamid, status: "played", recipientId },
    {
      wamid,
      status: "failed",
      recipientId,
      error: {
        code: 131047,
        title: "Re-engagement message",
        details:
          "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
      },
    },
  ];
}
