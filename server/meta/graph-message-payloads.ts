// Request bodies for POST /{phone-number-id}/messages, as Meta documents them.

export type MediaKind = "image" | "document" | "audio" | "video" | "sticker";
export type MediaRef = { id: string } | { link: string };

export type Recipient = {
  /** E.164 with or without "+"; Meta answers with the wa_id it resolved. */
  to: string;
  /** wamid of the message this one replies to (`context.message_id`). */
  replyTo?: string;
};

export type TextMessageInput = Recipient & { body: string; previewUrl?: boolean };

export type MediaMessageInput = Recipient & {
  kind: MediaKind;
  media: MediaRef;
  /** image, video and document only. */
  caption?: string;
  /** document only. */
  filename?: string;
};

/** Positional (`"text"`, for {{1}}) or named (`{name, text}`, for {{first_name}}). */
export type TemplateTextParameter = string | { name: string; text: string };

export type TemplateHeaderParameter =
  | { type: "text"; text: string; name?: string }
  | { type: "image"; media: MediaRef }
  | { type: "video"; media: MediaRef }
  | { type: "document"; media: MediaRef; filename?: string };

/**
 * A button's value at send time, by its position in the template (from 0): the URL's variable
 * suffix, or the payload Meta hands back in the `button` webhook when the lead taps a quick reply.
 */
export type TemplateButtonParameter =
  | { subType: "url"; index: number; text: string }
  | { subType: "quick_reply"; index: number; payload: string };

export type TemplateMessageInput = Recipient & {
  name: string;
  languageCode: string;
  bodyParameters?: TemplateTextParameter[];
  headerParameters?: TemplateHeaderParameter[];
  buttonParameters?: TemplateButtonParameter[];
};

export type ReactionMessageInput = { to: string; messageId: string; /** "" removes it. */ emoji: string };

type Json = Record<string, unknown>;

function envelope(recipient: Recipient, type: string, content: Json): Json {
  return {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    to: recipient.to,
    ...(recipient.replyTo ? { context: { message_id: recipient.replyTo } } : {}),
    type,
    [type]: content,
  };
}

export function textPayload(input: TextMessageInput): Json {
  return envelope(input, "text", { body: input.body, preview_url: input.previewUrl ?? false });
}

export function mediaPayload(input: MediaMessageInput): Json {
  const content: Json = { ...input.media };
  const takesCaption = input.kind === "image" || input.kind === "video" || input.kind === "document";
  if (input.caption && takesCaption) content.caption = input.caption;
  if (input.filename && input.kind === "document") content.filename = input.filename;
  return envelope(input, input.kind, content);
}

function textParameter(parameter: TemplateTextParameter): Json {
  if (typeof parameter === "string") return { type: "text", text: parameter };
  return { type: "text", parameter_name: parameter.name, text: parameter.text };
}

function headerParameter(parameter: TemplateHeaderParameter): Json {
  switch (parameter.type) {
    case "text":
      return parameter.name
        ? { type: "text", parameter_name: parameter.name, text: parameter.text }
        : { type: "text", text: parameter.text };
    case "document":
      return {
        type: "document",
        document: { ...parameter.media, ...(parameter.filename ? { filename: parameter.filename } : {}) },
      };
    default:
      return { type: parameter.type, [parameter.type]: { ...parameter.media } };
  }
}

export function templatePayload(input: TemplateMessageInput): Json {
  const components: Json[] = [];
  if (input.headerParameters?.length) {
    components.push({ type: "header", parameters: input.headerParameters.map(headerParameter) });
  }
  if (input.bodyParameters?.length) {
    components.push({ type: "body", parameters: input.bodyParameters.map(textParameter) });
  }
  for (const button of [...(input.buttonParameters ?? [])].sort((a, b) => a.index - b.index)) {
    // Meta documents index as a string ("0"); one component per button.
    const parameter = button.subType === "url" ? { type: "text", text: button.text } : { type: "payload", payload: button.payload };
    components.push({ type: "button", sub_type: button.subType, index: String(button.index), parameters: [parameter] });
  }
  return envelope(input, "template", {
    name: input.name,
    language: { code: input.languageCode },
    ...(components.length ? { components } : {}),
  });
}

export function reactionPayload(input: ReactionMessageInput): Json {
  return envelope({ to: input.to }, "reaction", { message_id: input.messageId, emoji: input.emoji });
}

export function markReadPayload(messageId: string): Json {
  return { messaging_product: "whatsapp", status: "read", message_id: messageId };
}
