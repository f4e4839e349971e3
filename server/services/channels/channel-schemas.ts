import { z } from "zod";
import { toE164 } from "@/server/meta/phone";

// Shared by the "Novo canal" form (step by step, in the browser) and the services. Messages are
// keys under `channels.validation.` so both sides speak the same pt-BR.
const digits = (key: string) => z.string().trim().regex(/^\d{5,30}$/, { error: key });
const count = z.number({ error: "countInvalid" }).int({ error: "countInvalid" }).min(0, { error: "countInvalid" }).max(100_000_000, { error: "countInvalid" });
const confirmed = z.literal(true, { error: "confirmRequired" });

export const channelModeSchema = z.enum(["ACTIVE", "RECEPTIVE"]);

export const channelCompanySchema = z.object({
  name: z.string().trim().min(2, { error: "nameRequired" }).max(80, { error: "nameTooLong" }),
  companyName: z.string().trim().min(2, { error: "companyRequired" }).max(160, { error: "companyRequired" }),
  responsibleEmail: z.string().trim().toLowerCase().pipe(z.email({ error: "emailInvalid" }).max(200, { error: "emailInvalid" })),
  businessManagerId: digits("businessManagerIdInvalid"),
  expectedMonthlyLeads: count,
  expectedMonthlyMessages: count,
});

export const channelNumberSchema = z.object({
  phoneNumber: z.string().refine((value) => toE164(value) !== null, { error: "phoneInvalid" }),
  mode: channelModeSchema,
  confirmVirginNumber: confirmed,
  confirmCorporateAccount: confirmed,
  confirmDocumentsValidated: confirmed,
  confirmLosesAppAccess: confirmed,
});

const accessToken = z.string().trim().regex(/^\S{10,4096}$/, { error: "accessTokenInvalid" });
const appSecret = z.string().trim().regex(/^\S{8,256}$/, { error: "appSecretInvalid" });

export const channelMetaSchema = z.object({
  phoneNumberId: digits("phoneNumberIdInvalid"),
  wabaId: digits("wabaIdInvalid"),
  accessToken,
  appSecret: appSecret.optional(),
});

// Where the number's leads go: an existing Comunicador queue, or a new one with its brokers.
export const channelQueueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("existing"), queueId: z.string().min(1, { error: "queueRequired" }) }),
  z.object({
    kind: z.literal("new"),
    name: z.string().trim().min(2, { error: "queueNameRequired" }).max(80, { error: "queueNameRequired" }),
    memberIds: z.array(z.string().min(1)).min(1, { error: "queueMembersRequired" }).max(1000),
  }),
]);
export type ChannelQueueInput = z.infer<typeof channelQueueSchema>;

export const createChannelSchema = z.object({
  ...channelCompanySchema.shape,
  ...channelNumberSchema.shape,
  ...channelMetaSchema.shape,
  // Optional for API callers; the wizard always asks.
  queue: channelQueueSchema.optional(),
});
export type CreateChannelInput = z.infer<typeof createChannelSchema>;

export const MAX_THROUGHPUT_MPS = 1000;
// Meta's customer-service window is 24 h; a channel may close it earlier, never later.
export const MAX_WINDOW_HOURS = 24;

export const updateChannelSchema = z.object({
  channelId: z.string().min(1),
  name: channelCompanySchema.shape.name,
  mode: channelModeSchema,
  canStartConversations: z.boolean(),
  enabled: z.boolean(),
  throughputMps: z.number({ error: "throughputInvalid" }).int({ error: "throughputInvalid" }).min(1, { error: "throughputInvalid" }).max(MAX_THROUGHPUT_MPS, { error: "throughputInvalid" }),
  windowHours: z.number({ error: "windowInvalid" }).int({ error: "windowInvalid" }).min(1, { error: "windowInvalid" }).max(MAX_WINDOW_HOURS, { error: "windowInvalid" }),
});
export type UpdateChannelInput = z.infer<typeof updateChannelSchema>;

export const replaceAccessTokenSchema = z.object({ channelId: z.string().min(1), accessToken });
// An empty app secret removes the override: the deployment's META_APP_SECRET applies again.
export const replaceAppSecretSchema = z.object({ channelId: z.string().min(1), appSecret: appSecret.nullable() });

export const sendTestSchema = z.object({
  channelId: z.string().min(1),
  to: z.string().refine((value) => toE164(value) !== null, { error: "phoneInvalid" }),
  body: z.string().trim().min(1, { error: "testBodyRequired" }).max(1000, { error: "testBodyRequired" }),
});

export const channelLinksSchema = z.object({
  channelId: z.string().min(1),
  developmentIds: z.array(z.string().min(1)).max(500),
  tagIds: z.array(z.string().min(1)).max(500),
  newTagNames: z.array(z.string().trim().min(1, { error: "tagNameInvalid" }).max(60, { error: "tagNameInvalid" })).max(50),
  mediaAssetIds: z.array(z.string().min(1)).max(2000),
  // null: no queue of its own (its developments pick one); absent: left as it is.
  leadQueueId: z.string().min(1).nullable().optional(),
});
export type ChannelLinksInput = z.infer<typeof channelLinksSchema>;

export const channelIdSchema = z.object({ channelId: z.string().min(1) });
