import { megabytesRoundedUp } from "@/server/i18n/byte-size";
import type { MediaKind } from "./graph-message-payloads";

export const MAX_TEXT_LENGTH = 4096;

const MB = 1024 * 1024;

type MediaRule = { mimeTypes: string[]; formats: string; maxBytes: number };

/** Meta's accepted types and sizes per media kind. */
export const MEDIA_RULES: Record<MediaKind, MediaRule> = {
  image: { mimeTypes: ["image/jpeg", "image/png"], formats: "JPG, PNG", maxBytes: 5 * MB },
  video: { mimeTypes: ["video/mp4", "video/3gpp"], formats: "MP4, 3GP", maxBytes: 16 * MB },
  audio: {
   
    mimeTypes: ["audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"],
    formats: "AAC, AMR, MP3, M4A, OGG",
    maxBytes: 16 * MB,
  },
  document: {
   
    mimeTypes: [
      "application/pdf",
      "text/plain",
      "application/msword",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.ms-excel",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.ms-powerpoint",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ],
    formats: "PDF, TXT, Word, Excel, PowerPoint",
    maxBytes: 100 * MB,
  },
  sticker: { mimeTypes: ["image/webp"], formats: "WEBP", maxBytes: 100 * 1024 },
};

export type OutboundValidationCode =
  | "MEDIA_TYPE"
  | "MEDIA_SIZE"
  | "MEDIA_EMPTY"
  | "TEXT_EMPTY"
  | "TEXT_TOO_LONG"
  | "TEMPLATE_PARAMETERS";

/** A refusal as an error key (`errors.outbound.*`) and its values: the screens write the sentence. */
export type OutboundValidation =
  | { ok: true }
  | { ok: false; code: OutboundValidationCode; key: string; params: Record<string, string | number> };

const OK: OutboundValidation = { ok: true };

const KEYS: Record<OutboundValidationCode, string> = {
  MEDIA_TYPE: "outbound.mediaType",
  MEDIA_SIZE: "outbound.mediaSize",
  MEDIA_EMPTY: "outbound.mediaEmpty",
  TEXT_EMPTY: "outbound.textEmpty",
  TEXT_TOO_LONG: "outbound.textTooLong",
  TEMPLATE_PARAMETERS: "outbound.templateParameters",
};

function fail(code: OutboundValidationCode, params: Record<string, string | number> = {}): OutboundValidation {
  return { ok: false, code, key: KEYS[code], params };
}

/** "audio/ogg; codecs=opus" → "audio/ogg"; "image/jpg" is how some browsers say JPEG. */
export function baseMimeType(mimeType: string): string {
  const base = mimeType.split(";")[0]?.trim().toLowerCase() ?? "";
  return base === "image/jpg" ? "image/jpeg" : base;
}

export function validateMedia(input: { kind: MediaKind; mimeType: string; size: number }): OutboundValidation {
  const rule = MEDIA_RULES[input.kind];
  if (!rule.mimeTypes.includes(baseMimeType(input.mimeType))) {
    return fail("MEDIA_TYPE", { kind: input.kind, formats: rule.formats });
  }
  if (input.size <= 0) return fail("MEDIA_EMPTY");
  if (input.size > rule.maxBytes) {
    return fail("MEDIA_SIZE", { kind: input.kind, sizeMb: megabytesRoundedUp(input.size), maxMb: megabytesRoundedUp(rule.maxBytes) });
  }
  return OK;
}

export function validateText(body: string): OutboundValidation {
  if (!body.trim()) return fail("TEXT_EMPTY");
  // Meta counts characters, not UTF-16 units: an emoji is one character.
  const length = [...body].length;
  if (length > MAX_TEXT_LENGTH) {
    return fail("TEXT_TOO_LONG", { length, max: MAX_TEXT_LENGTH });
  }
  return OK;
}

/** Distinct variables in a template text: {{1}}, {{2}} or named {{nome_cliente}}. */
export function templateVariables(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*([a-z0-9_]+)\s*\}\}/gi)) {
    if (match[1]) names.add(match[1]);
  }
  return [...names];
}

export function validateTemplateParameters(input: {
  templateBody: string;
  parameters: readonly unknown[];
}): OutboundValidation {
  const expected = templateVariables(input.templateBody).length;
  if (input.parameters.length === expected) return OK;
  return fail("TEMPLATE_PARAMETERS", { expected, given: input.parameters.length });
}
