import "server-only";
import { z } from "zod";
import { inboundMessageSchema, type InboundMessage } from "@/server/meta/webhook-inbound-message";
import {
  messageStatusSchema,
  parseWebhookChange,
  webhookChangeSchema,
  webhookContactSchema,
  webhookMetadataSchema,
  type AccountUpdateValue,
  type MessageStatus,
  type PhoneNumberQualityUpdateValue,
  type TemplateStatusUpdateValue,
  type WebhookContact,
} from "@/server/meta/webhook-payload";
import type { Envelope } from "./read-envelope";

export type MessagesChange = {
  phoneNumberId: string;
  contacts: WebhookContact[];
  messages: InboundMessage[];
  statuses: MessageStatus[];
};

export type ReadChange = { wabaId: string } & (
  | { kind: "messages"; value: MessagesChange }
  | { kind: "message_template_status_update"; value: TemplateStatusUpdateValue }
  | { kind: "phone_number_quality_update"; value: PhoneNumberQualityUpdateValue }
  | { kind: "account_update"; value: AccountUpdateValue }
);

// Ids Meta sends are short; anything longer is not Meta's and would not fit a btree index.
export const isMetaId = (value: string | undefined): value is string => !!value && value.length <= 256;

const entrySchema = z.looseObject({ id: z.string().max(64), changes: z.array(z.unknown()) });
const messagesValueSchema = z.looseObject({
  metadata: webhookMetadataSchema,
  contacts: z.array(z.unknown()).optional(),
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(z.unknown()).optional(),
});

// Each item is checked on its own: one malformed message must not drop the rest of a batch.
function readItems<T>(items: unknown[] | undefined, schema: z.ZodType<T>, valid: (item: T) => boolean, skipped: () => void): T[] {
  const read: T[] = [];
  for (const item of items ?? []) {
    const parsed = schema.safeParse(item);
    if (parsed.success && valid(parsed.data)) read.push(parsed.data);
    else skipped();
  }
  return read;
}

function readMessagesValue(value: unknown, problems: string[]): MessagesChange | null {
  const parsed = messagesValueSchema.safeParse(value);
  if (!parsed.success) return null;
  let skipped = 0;
  const skip = () => void skipped++;
  const change: MessagesChange = {
    phoneNumberId: parsed.data.metadata.phone_number_id,
    contacts: readItems(parsed.data.contacts, webhookContactSchema, () => true, skip),
    messages: readItems(parsed.data.messages, inboundMessageSchema, (message) => isMetaId(message.id), skip),
    statuses: readItems(parsed.data.statuses, messageStatusSchema, (status) => isMetaId(status.id), skip),
  };
  if (skipped > 0) problems.push(`${skipped} item(ns) fora do formato ignorado(s)`);
  return change;
}

export function readChanges(envelope: Envelope, problems: string[]): ReadChange[] {
  if (envelope.object !== "whatsapp_business_account") {
    problems.push(`objeto "${envelope.object.slice(0, 40)}" ignorado`);
    return [];
  }
  const changes: ReadChange[] = [];
  for (const rawEntry of envelope.entry) {
    const entry = entrySchema.safeParse(rawEntry);
    if (!entry.success) {
      problems.push("entrada fora do formato ignorada");
      continue;
    }
    const wabaId = entry.data.id;
    for (const rawChange of entry.data.changes) {
      const change = webhookChangeSchema.safeParse(rawChange);
      if (!change.success) {
        problems.push("mudança fora do formato ignorada");
        continue;
      }
      if (change.data.field === "messages") {
        const value = readMessagesValue(change.data.value, problems);
        if (value) changes.push({ wabaId, kind: "messages", value });
        else problems.push("mudança messages fora do formato ignorada");
        continue;
      }
      const parsed = parseWebhookChange(change.data);
      switch (parsed.kind) {
        case "message_template_status_update":
          changes.push({ wabaId, kind: parsed.kind, value: parsed.value });
          break;
        case "phone_number_quality_update":
          changes.push({ wabaId, kind: parsed.kind, value: parsed.value });
          break;
        case "account_update":
          changes.push({ wabaId, kind: parsed.kind, value: parsed.value });
          break;
        case "invalid":
          problems.push(`mudança ${parsed.field.slice(0, 60)} fora do formato ignorada`);
          break;
        // Unknown fields (and template quality, which nothing here tracks) stay on the stored event only.
        default:
          break;
      }
    }
  }
  return changes;
}
