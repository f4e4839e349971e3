import { z } from "zod";
import { inboundMessageSchema, unixSecondsSchema, webhookErrorSchema } from "./webhook-inbound-message";

export type { InboundMessage, WebhookError } from "./webhook-inbound-message";

// Every object is loose: fields Meta adds later are kept, never stripped or refused.

export const webhookChangeSchema = z.looseObject({ field: z.string(), value: z.unknown() });
export const webhookEntrySchema = z.looseObject({
  id: z.string(),
  time: z.number().optional(),
  changes: z.array(webhookChangeSchema),
});
export const webhookEnvelopeSchema = z.looseObject({
  object: z.string(),
  entry: z.array(webhookEntrySchema),
});
export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;
export type WebhookChange = z.infer<typeof webhookChangeSchema>;

export const webhookMetadataSchema = z.looseObject({
  display_phone_number: z.string(),
  phone_number_id: z.string(),
});

export const webhookContactSchema = z.looseObject({
  profile: z.looseObject({ name: z.string().optional(), username: z.string().optional() }).optional(),
  wa_id: z.string().optional(),
  user_id: z.string().optional(),
});
export type WebhookContact = z.infer<typeof webhookContactSchema>;

export const messageStatusValues = ["sent", "delivered", "read", "failed", "played", "deleted", "warning"] as const;

export const messageStatusSchema = z.looseObject({
  id: z.string(),
  status: z.enum(messageStatusValues),
  timestamp: unixSecondsSchema,
  recipient_id: z.string().optional(),
  recipient_user_id: z.string().optional(),
  recipient_type: z.string().optional(),
  biz_opaque_callback_data: z.string().optional(),
  conversation: z
    .looseObject({
      id: z.string(),
      expiration_timestamp: unixSecondsSchema.optional(),
      origin: z.looseObject({ type: z.string() }).optional(),
    })
    .optional(),
  pricing: z
    .looseObject({
      billable: z.boolean().optional(),
      pricing_model: z.string().optional(),
      category: z.string().optional(),
      type: z.string().optional(),
    })
    .optional(),
  errors: z.array(webhookErrorSchema).optional(),
});
export type MessageStatus = z.infer<typeof messageStatusSchema>;

export const messagesChangeValueSchema = z.looseObject({
  messaging_product: z.string().optional(),
  metadata: webhookMetadataSchema,
  contacts: z.array(webhookContactSchema).optional(),
  messages: z.array(inboundMessageSchema).optional(),
  statuses: z.array(messageStatusSchema).optional(),
  errors: z.array(webhookErrorSchema).optional(),
});
export type MessagesChangeValue = z.infer<typeof messagesChangeValueSchema>;

/** Known events; Meta adds more (ARCHIVED, LOCKED, …), so `event` stays a string. */
export const templateStatusEvents = [
  "APPROVED", "REJECTED", "PENDING", "PAUSED", "DISABLED", "FLAGGED", "IN_APPEAL",
  "PENDING_DELETION", "REINSTATED", "ARCHIVED", "UNARCHIVED", "LOCKED", "UNLOCKED",
] as const;

const templateIdSchema = z.union([z.string(), z.number()]).transform((value) => String(value));

export const templateStatusUpdateValueSchema = z.looseObject({
  event: z.string(),
  message_template_id: templateIdSchema,
  message_template_name: z.string(),
  message_template_language: z.string(),
  /** "NONE" when Meta gives no reason (the usual case for rejections). */
  reason: z.string().nullable().optional(),
  message_template_category: z.string().optional(),
  disable_info: z.looseObject({ disable_date: z.union([z.string(), z.number()]).optional() }).optional(),
  other_info: z.looseObject({ title: z.string().optional(), description: z.string().optional() }).optional(),
});
export type TemplateStatusUpdateValue = z.infer<typeof templateStatusUpdateValueSchema>;

export const templateQualityUpdateValueSchema = z.looseObject({
  previous_quality_score: z.string().optional(),
  new_quality_score: z.string(),
  message_template_id: templateIdSchema,
  message_template_name: z.string(),
  message_template_language: z.string(),
});
export type TemplateQualityUpdateValue = z.infer<typeof templateQualityUpdateValueSchema>;

export const phoneNumberQualityUpdateValueSchema = z.looseObject({
  display_phone_number: z.string(),
  event: z.string(),
  current_limit: z.string().optional(),
  old_limit: z.string().optional(),
  max_daily_conversation_per_phone: z.number().optional(),
  max_daily_conversations_per_business: z.union([z.number(), z.string()]).optional(),
});
export type PhoneNumberQualityUpdateValue = z.infer<typeof phoneNumberQualityUpdateValueSchema>;

export const accountUpdateValueSchema = z.looseObject({
  event: z.string(),
  phone_number: z.string().optional(),
  ban_info: z.looseObject({ waba_ban_state: z.string().optional(), waba_ban_date: z.string().optional() }).optional(),
  violation_info: z.looseObject({ violation_type: z.string().optional() }).optional(),
  restriction_info: z
    .array(z.looseObject({ restriction_type: z.string(), expiration: z.union([z.string(), z.number()]).optional() }))
    .optional(),
});
export type AccountUpdateValue = z.infer<typeof accountUpdateValueSchema>;

export type ParsedWebhookChange =
  | { kind: "messages"; value: MessagesChangeValue }
  | { kind: "message_template_status_update"; value: TemplateStatusUpdateValue }
  | { kind: "message_template_quality_update"; value: TemplateQualityUpdateValue }
  | { kind: "phone_number_quality_update"; value: PhoneNumberQualityUpdateValue }
  | { kind: "account_update"; value: AccountUpdateValue }
  | { kind: "ignored"; field: string }
  | { kind: "invalid"; field: string; issues: z.core.$ZodIssue[] };

const invalid = (field: string, error: z.ZodError): ParsedWebhookChange => ({
  kind: "invalid",
  field,
  issues: error.issues,
});

/** One change of an envelope, typed by its field; unknown fields are "ignored", bad shapes "invalid". */
export function parseWebhookChange(change: WebhookChange): ParsedWebhookChange {
  const { field, value } = change;
  switch (field) {
    case "messages": {
      const parsed = messagesChangeValueSchema.safeParse(value);
      return parsed.success ? { kind: field, value: parsed.data } : invalid(field, parsed.error);
    }
    case "message_template_status_update": {
      const parsed = templateStatusUpdateValueSchema.safeParse(value);
      return parsed.success ? { kind: field, value: parsed.data } : invalid(field, parsed.error);
    }
    case "message_template_quality_update": {
      const parsed = templateQualityUpdateValueSchema.safeParse(value);
      return parsed.success ? { kind: field, value: parsed.data } : invalid(field, parsed.error);
    }
    case "phone_number_quality_update": {
      const parsed = phoneNumberQualityUpdateValueSchema.safeParse(value);
      return parsed.success ? { kind: field, value: parsed.data } : invalid(field, parsed.error);
    }
    case "account_update": {
      const parsed = accountUpdateValueSchema.safeParse(value);
      return parsed.success ? { kind: field, value: parsed.data } : invalid(field, parsed.error);
    }
    default:
      return { kind: "ignored", field };
  }
}
