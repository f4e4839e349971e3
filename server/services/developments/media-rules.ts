import { megabytesRoundedUp } from "@/server/i18n/byte-size";
import { MEDIA_RULES, baseMimeType } from "@/server/meta/validate-outbound";

// Pure: the upload form checks a file with these before sending a byte, the server again after.
export const MEDIA_KINDS = ["PHOTO", "FLOOR_PLAN", "CAMPAIGN", "PRICE_TABLE", "DOCUMENT", "VIDEO"] as const;
export type MediaKindName = (typeof MEDIA_KINDS)[number];

// How WhatsApp will carry each file; the limits are Meta's (server/meta/validate-outbound).
export type MetaMediaClass = "image" | "video" | "document";

const CLASSES_BY_KIND: Record<MediaKindName, MetaMediaClass[]> = {
  PHOTO: ["image"],
  FLOOR_PLAN: ["image", "document"],
  CAMPAIGN: ["image", "video", "document"],
  PRICE_TABLE: ["document", "image"],
  DOCUMENT: ["document"],
  VIDEO: ["video"],
};

// Some systems hand a .docx or .xlsx over with an empty type: the extension decides then.
const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  mp4: "video/mp4",
  "3gp": "video/3gpp",
  pdf: "application/pdf",
  txt: "text/plain",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ppt: "application/vnd.ms-powerpoint",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

const extensionOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";

export function resolveMimeType(declared: string, fileName: string): string {
  const base = baseMimeType(declared);
  if (base && base !== "application/octet-stream") return base;
  return MIME_BY_EXTENSION[extensionOf(fileName)] ?? base;
}

export function metaClassOf(mimeType: string): MetaMediaClass | null {
  const base = baseMimeType(mimeType);
  return (["image", "video", "document"] as const).find((c) => MEDIA_RULES[c].mimeTypes.includes(base)) ?? null;
}

/** "JPG, PNG até 5 MB", per kind, for the upload form's hint. */
export function limitsFor(kind: MediaKindName): { formats: string; maxBytes: number }[] {
  return CLASSES_BY_KIND[kind].map((c) => ({ formats: MEDIA_RULES[c].formats, maxBytes: MEDIA_RULES[c].maxBytes }));
}

/** For <input type="file" accept>. */
export function acceptAttribute(kind: MediaKindName): string {
  const mimes = CLASSES_BY_KIND[kind].flatMap((c) => MEDIA_RULES[c].mimeTypes);
  const extensions = Object.entries(MIME_BY_EXTENSION).filter(([, mime]) => mimes.includes(mime)).map(([ext]) => `.${ext}`);
  return [...mimes, ...extensions].join(",");
}

export type UploadCheck =
  | { ok: true; mimeType: string; metaClass: MetaMediaClass }
  // Codes are keys under `developments.upload.` (browser) and `errors.developments.` (server).
  | { ok: false; code: "mediaEmpty" | "mediaTypeNotAccepted" | "mediaTooLarge"; params: Record<string, string | number> };

export function checkUpload(input: { kind: MediaKindName; fileName: string; mimeType: string; size: number }): UploadCheck {
  const mimeType = resolveMimeType(input.mimeType, input.fileName);
  const metaClass = metaClassOf(mimeType);
  const allowed = CLASSES_BY_KIND[input.kind];
  if (!metaClass || !allowed.includes(metaClass)) {
    return { ok: false, code: "mediaTypeNotAccepted", params: { formats: allowed.map((c) => MEDIA_RULES[c].formats).join("; ") } };
  }
  if (input.size <= 0) return { ok: false, code: "mediaEmpty", params: {} };
  const max = MEDIA_RULES[metaClass].maxBytes;
  if (input.size > max) return { ok: false, code: "mediaTooLarge", params: { sizeMb: megabytesRoundedUp(input.size), maxMb: megabytesRoundedUp(max) } };
  return { ok: true, mimeType, metaClass };
}

export const MAX_UPLOAD_BYTES = MEDIA_RULES.document.maxBytes;
