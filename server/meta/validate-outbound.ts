import type { MediaKind } from "./graph-message-payloads";

export const MAX_TEXT_LENGTH = 4096;

const MB = 1024 * 1024;

type MediaRule = { label: string; mimeTypes: string[]; formats: string; maxBytes: number };

/** Meta's accepted types and sizes per media kind. */
export const MEDIA_RULES: Record<MediaKind, MediaRule> = {
  image: { label: "A imagem", mimeTypes: ["image/jpeg", "image/png"], formats: "JPG ou PNG", maxBytes: 5 * MB },
  video: { label: "O vídeo", mimeTypes: ["video/mp4", "video/3gpp"], formats: "MP4 ou 3GP", maxBytes: 16 * MB },
  audio: {
    label: "O áudio",
    mimeTypes: ["audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"],
    formats: "AAC, AMR, MP3, M4A ou OGG",
    maxBytes: 16 * MB,
  },
  document: {
    label: "O documento",
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
    formats: "PDF, TXT, Word, Excel ou PowerPoint",
    maxBytes: 100 * MB,
  },
  sticker: { label: "A figurinha", mimeTypes: ["image/webp"], formats: "WEBP", maxBytes: 100 * 1024 },
};

export type OutboundValidationCode =
  | "MEDIA_TYPE"
  | "MEDIA_SIZE"
  | "MEDIA_EMPTY"
  | "TEXT_EMPTY"
  | "TEXT_TOO_LONG"
  | "TEMPLATE_PARAMETERS";

export type OutboundValidation =
  | { ok: true }
  | { ok: false; code: OutboundValidationCode; message: string };

const OK: OutboundValidation = { ok: true };

function fail(code: OutboundValidationCode, message: string): OutboundValidation {
  return { ok: false, code, message };
}

/** "audio/ogg; codecs=opus" → "audio/ogg"; "image/jpg" is how some browsers say JPEG. */
export function baseMimeType(mimeType: string): string {
  const base = mimeType.split(";")[0]?.trim().toLowerCase() ?? "";
  return base === "image/jpg" ? "image/jpeg" : base;
}

export function formatBytesBR(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / MB).toLocaleString("pt-BR", { maximumFractionDigits: 1 })} MB`;
}

export function validateMedia(input: { kind: MediaKind; mimeType: string; size: number }): OutboundValidation {
  const rule = MEDIA_RULES[input.kind];
  if (!rule.mimeTypes.includes(baseMimeType(input.mimeType))) {
    return fail("MEDIA_TYPE", `${rule.label} precisa estar em ${rule.formats} para o WhatsApp aceitar.`);
  }
  if (input.size <= 0) return fail("MEDIA_EMPTY", "O arquivo está vazio. Escolha outro arquivo.");
  if (input.size > rule.maxBytes) {
    return fail(
      "MEDIA_SIZE",
      `${rule.label} tem ${formatBytesBR(input.size)}; o limite do WhatsApp é ${formatBytesBR(rule.maxBytes)}.`,
    );
  }
  return OK;
}

export function validateText(body: string): OutboundValidation {
  if (!body.trim()) return fail("TEXT_EMPTY", "Escreva uma mensagem antes de enviar.");
  // Meta counts characters, not UTF-16 units: an emoji is one character.
  const length = [...body].length;
  if (length > MAX_TEXT_LENGTH) {
    return fail(
      "TEXT_TOO_LONG",
      `A mensagem tem ${length} caracteres; o WhatsApp aceita até ${MAX_TEXT_LENGTH}.`,
    );
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
  return fail(
    "TEMPLATE_PARAMETERS",
    `Este template tem ${expected} ${expected === 1 ? "variável" : "variáveis"}, mas ` +
      `${input.parameters.length === 1 ? "foi preenchida 1" : `foram preenchidas ${input.parameters.length}`}.`,
  );
}
