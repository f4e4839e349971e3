import { z } from "zod";

// Meta sends Unix seconds as strings; accept a number too and always hand out a string.
export const unixSecondsSchema = z.union([z.string(), z.number()]).transform((value) => String(value));

export const webhookErrorSchema = z.looseObject({
  code: z.number(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.looseObject({ details: z.string().optional() }).optional(),
  href: z.string().optional(),
});
export type WebhookError = z.infer<typeof webhookErrorSchema>;

const mediaSchema = z.looseObject({
  id: z.string(),
  mime_type: z.string().optional(),
  sha256: z.string().optional(),
  caption: z.string().optional(),
  url: z.string().optional(),
});

const contextSchema = z.looseObject({
  from: z.string().optional(),
  id: z.string().optional(),
  forwarded: z.boolean().optional(),
  frequently_forwarded: z.boolean().optional(),
  referred_product: z.looseObject({ catalog_id: z.string(), product_retailer_id: z.string() }).optional(),
});

const referralSchema = z.looseObject({
  source_url: z.string().optional(),
  source_id: z.string().optional(),
  source_type: z.string().optional(),
  headline: z.string().optional(),
  body: z.string().optional(),
  media_type: z.string().optional(),
  image_url: z.string().optional(),
  video_url: z.string().optional(),
  thumbnail_url: z.string().optional(),
  ctwa_clid: z.string().optional(),
});

const baseFields = {
  /** Absent for users who hide their number behind a username: key on `from_user_id` then. */
  from: z.string().optional(),
  from_user_id: z.string().optional(),
  id: z.string(),
  timestamp: unixSecondsSchema,
  context: contextSchema.optional(),
  referral: referralSchema.optional(),
  errors: z.array(webhookErrorSchema).optional(),
};

const sharedContactSchema = z.looseObject({
  name: z.looseObject({ formatted_name: z.string().optional(), first_name: z.string().optional() }).optional(),
  phones: z.array(z.looseObject({ phone: z.string().optional(), wa_id: z.string().optional(), type: z.string().optional() })).optional(),
  emails: z.array(z.looseObject({ email: z.string().optional(), type: z.string().optional() })).optional(),
});

const orderItemSchema = z.looseObject({
  product_retailer_id: z.string(),
  quantity: z.coerce.number(),
  item_price: z.coerce.number(),
  currency: z.string(),
});

const interactiveSchema = z.looseObject({
  type: z.string(),
  button_reply: z.looseObject({ id: z.string(), title: z.string() }).optional(),
  list_reply: z.looseObject({ id: z.string(), title: z.string(), description: z.string().optional() }).optional(),
  nfm_reply: z.looseObject({ name: z.string().optional(), body: z.string().optional(), response_json: z.string().optional() }).optional(),
});

const message = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.looseObject({ ...baseFields, type: z.literal(type), ...shape });

export const inboundMessageTypes = [
  "text", "image", "document", "audio", "video", "sticker", "location", "contacts",
  "interactive", "button", "reaction", "order", "system", "unsupported",
] as const;

const knownMessageSchema = z.discriminatedUnion("type", [
  message("text", { text: z.looseObject({ body: z.string() }) }),
  message("image", { image: mediaSchema }),
  message("document", { document: mediaSchema.extend({ filename: z.string().optional() }) }),
  message("audio", { audio: mediaSchema.extend({ voice: z.boolean().optional() }) }),
  message("video", { video: mediaSchema }),
  message("sticker", { sticker: mediaSchema.extend({ animated: z.boolean().optional() }) }),
  message("location", {
    location: z.looseObject({
      latitude: z.coerce.number(),
      longitude: z.coerce.number(),
      name: z.string().optional(),
      address: z.string().optional(),
      url: z.string().optional(),
    }),
  }),
  message("contacts", { contacts: z.array(sharedContactSchema) }),
  message("interactive", { interactive: interactiveSchema }),
  message("button", { button: z.looseObject({ text: z.string(), payload: z.string().optional() }) }),
  /** `emoji` absent (or "") means the lead removed the reaction. */
  message("reaction", { reaction: z.looseObject({ message_id: z.string(), emoji: z.string().optional() }) }),
  message("order", {
    order: z.looseObject({ catalog_id: z.string(), text: z.string().optional(), product_items: z.array(orderItemSchema) }),
  }),
  message("system", {
    system: z.looseObject({
      body: z.string().optional(),
      type: z.string().optional(),
      wa_id: z.string().optional(),
      new_wa_id: z.string().optional(),
      customer: z.string().optional(),
      user_id: z.string().optional(),
      new_user_id: z.string().optional(),
    }),
  }),
  message("unsupported", { unsupported: z.looseObject({ type: z.string().optional() }).optional() }),
]);

// Meta adds message types over time; an unknown one is handed on as "unsupported" (keeping
// its fields and original type) so that one new type never makes a whole batch unreadable.
function foldUnknownType(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || !("type" in raw)) return raw;
  const type = raw.type;
  if (typeof type !== "string" || (inboundMessageTypes as readonly string[]).includes(type)) return raw;
  return { ...raw, type: "unsupported", unsupported: { type } };
}

export const inboundMessageSchema = z.preprocess(foldUnknownType, knownMessageSchema);
export type InboundMessage = z.infer<typeof inboundMessageSchema>;
export type InboundMessageType = InboundMessage["type"];
export type InboundMessageInput = z.input<typeof knownMessageSchema>;
