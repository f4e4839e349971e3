import "server-only";
import { z } from "zod";

export const sendMessageResponseSchema = z.looseObject({
  messaging_product: z.literal("whatsapp").optional(),
  contacts: z.array(z.looseObject({ input: z.string(), wa_id: z.string().optional() })).optional(),
  messages: z
    .array(z.looseObject({ id: z.string(), message_status: z.string().optional() }))
    .min(1),
});

export const successResponseSchema = z.looseObject({ success: z.boolean() });

export const mediaUploadResponseSchema = z.looseObject({ id: z.string() });

export const mediaInfoSchema = z.looseObject({
  id: z.string(),
  url: z.string(),
  mime_type: z.string(),
  sha256: z.string(),
  file_size: z.coerce.number(),
  messaging_product: z.string().optional(),
});
export type MediaInfo = z.infer<typeof mediaInfoSchema>;

export const templateCategorySchema = z.enum(["MARKETING", "UTILITY", "AUTHENTICATION"]);
export type TemplateCategory = z.infer<typeof templateCategorySchema>;

export const templateComponentSchema = z.looseObject({
  type: z.string(),
  format: z.string().optional(),
  text: z.string().optional(),
  example: z.record(z.string(), z.unknown()).optional(),
  buttons: z.array(z.record(z.string(), z.unknown())).optional(),
});
export type TemplateComponent = z.infer<typeof templateComponentSchema>;

export const messageTemplateSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  category: z.string().optional(),
  language: z.string(),
  components: z.array(templateComponentSchema).default([]),
  parameter_format: z.string().optional(),
  rejected_reason: z.string().optional(),
});
export type MessageTemplate = z.infer<typeof messageTemplateSchema>;

export const createTemplateResponseSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  category: z.string().optional(),
});
export type CreateTemplateResult = z.infer<typeof createTemplateResponseSchema>;

// POST /{template-id} answers {success: true}; anything else is not an edit Meta took.
export const editTemplateResponseSchema = z.looseObject({ success: z.literal(true) });

export const templateListSchema = z.looseObject({
  data: z.array(messageTemplateSchema),
  paging: z
    .looseObject({
      cursors: z.looseObject({ before: z.string().optional(), after: z.string().optional() }).optional(),
      next: z.string().optional(),
    })
    .optional(),
});
export type TemplateList = z.infer<typeof templateListSchema>;

export const phoneNumberInfoSchema = z.looseObject({
  id: z.string(),
  display_phone_number: z.string().optional(),
  verified_name: z.string().optional(),
  quality_rating: z.string().optional(),
  messaging_limit_tier: z.string().optional(),
  status: z.string().optional(),
});
export type PhoneNumberInfo = z.infer<typeof phoneNumberInfoSchema>;
