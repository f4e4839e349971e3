import "server-only";
import type { MessageType } from "@/generated/prisma/enums";
import { OPT_OUT_PAYLOAD } from "@/server/services/templates/quick-reply-payload";

// Type-specific content, normalised for the bubbles. The webhook stores Meta's object for the type
// (`content`), either bare or under its type key; both shapes are read so the UI never depends on it.
export type MessageDetails =
  | { kind: "location"; latitude: number | null; longitude: number | null; name: string | null; address: string | null; mapUrl: string | null }
  | { kind: "contacts"; contacts: { name: string | null; phones: string[] }[] }
  /** The lead's choice: a template's quick reply or an interactive button; optOut when it stopped promotions. */
  | { kind: "reply"; title: string; description: string | null; optOut: boolean }
  | { kind: "order"; itemCount: number; total: number | null; currency: string | null; text: string | null }
  | { kind: "system"; text: string | null }
  | { kind: "unsupported"; originalType: string | null }
  | { kind: "reaction"; emoji: string | null }
  | { kind: "media"; caption: string | null; voice: boolean }
  /** A rich template's parts besides its text, as the lead received them. */
  | {
      kind: "template";
      header: { format: "TEXT" | "IMAGE" | "VIDEO" | "DOCUMENT"; text: string | null } | null;
      footer: string | null;
      buttons: { type: "QUICK_REPLY" | "URL" | "PHONE_NUMBER"; text: string; optOut: boolean }[];
    }
  | { kind: "none" };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === "string" && value.length > 0 ? value : null);
const num = (value: unknown): number | null => {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
};

function section(content: unknown, key: string): Json {
  if (!isObject(content)) return {};
  const nested = content[key];
  return isObject(nested) ? nested : content;
}

function location(content: unknown): MessageDetails {
  const c = section(content, "location");
  const latitude = num(c.latitude);
  const longitude = num(c.longitude);
  const mapUrl = latitude !== null && longitude !== null ? `https://www.google.com/maps/search/?api=1&query=${latitude},${longitude}` : null;
  return { kind: "location", latitude, longitude, name: str(c.name), address: str(c.address), mapUrl };
}

function contacts(content: unknown): MessageDetails {
  const list = Array.isArray(content) ? content : isObject(content) && Array.isArray(content.contacts) ? content.contacts : [];
  return {
    kind: "contacts",
    contacts: list.filter(isObject).map((contact) => {
      const name = isObject(contact.name) ? (str(contact.name.formatted_name) ?? str(contact.name.first_name)) : str(contact.name);
      const phones = Array.isArray(contact.phones) ? contact.phones.filter(isObject).map((p) => str(p.phone) ?? str(p.wa_id)) : [str(contact.phone)];
      return { name, phones: phones.filter((p): p is string => p !== null) };
    }),
  };
}

function reply(type: MessageType, content: unknown, body: string | null): MessageDetails {
  if (type === "BUTTON") {
    const c = section(content, "button");
    return { kind: "reply", title: str(c.text) ?? body ?? "", description: null, optOut: c.payload === OPT_OUT_PAYLOAD };
  }
  const c = section(content, "interactive");
  const chosen = isObject(c.button_reply) ? c.button_reply : isObject(c.list_reply) ? c.list_reply : isObject(c.nfm_reply) ? c.nfm_reply : c;
  return { kind: "reply", title: str(chosen.title) ?? str(chosen.body) ?? str(chosen.name) ?? body ?? "", description: str(chosen.description), optOut: chosen.id === OPT_OUT_PAYLOAD };
}

const HEADER_FORMATS = ["TEXT", "IMAGE", "VIDEO", "DOCUMENT"] as const;
const BUTTON_TYPES = ["QUICK_REPLY", "URL", "PHONE_NUMBER"] as const;

function template(content: unknown): MessageDetails {
  const c = section(content, "template");
  const rawHeader = isObject(c.header) ? c.header : null;
  const header = rawHeader ? HEADER_FORMATS.find((f) => f === rawHeader.format) : undefined;
  const buttons = Array.isArray(c.buttons)
    ? c.buttons.filter(isObject).flatMap((b) => {
        const type = BUTTON_TYPES.find((t) => t === b.type);
        return type ? [{ type, text: str(b.text) ?? "", optOut: b.optOut === true }] : [];
      })
    : [];
  if (!header && !str(c.footer) && buttons.length === 0) return { kind: "none" };
  return { kind: "template", header: header ? { format: header, text: str(rawHeader?.text) } : null, footer: str(c.footer), buttons };
}

function order(content: unknown): MessageDetails {
  const c = section(content, "order");
  const items = Array.isArray(c.product_items) ? c.product_items.filter(isObject) : [];
  const total = items.reduce<number | null>((sum, item) => {
    const price = num(item.item_price);
    const quantity = num(item.quantity);
    return sum === null || price === null || quantity === null ? null : sum + price * quantity;
  }, items.length ? 0 : null);
  return { kind: "order", itemCount: items.length, total, currency: str(items[0]?.currency), text: str(c.text) };
}

export function messageDetails(type: MessageType, content: unknown, body: string | null): MessageDetails {
  switch (type) {
    case "LOCATION":
      return location(content);
    case "CONTACTS":
      return contacts(content);
    case "INTERACTIVE":
    case "BUTTON":
      return reply(type, content, body);
    case "ORDER":
      return order(content);
    case "TEMPLATE":
      return template(content);
    case "SYSTEM":
      return { kind: "system", text: str(section(content, "system").body) ?? body };
    case "UNSUPPORTED":
      return { kind: "unsupported", originalType: str(section(content, "unsupported").type) };
    case "REACTION":
      return { kind: "reaction", emoji: str(section(content, "reaction").emoji) ?? body };
    case "IMAGE":
    case "VIDEO":
    case "DOCUMENT":
    case "AUDIO":
    case "STICKER": {
      const c = section(content, type.toLowerCase());
      return { kind: "media", caption: str(c.caption), voice: c.voice === true };
    }
    default:
      return { kind: "none" };
  }
}
