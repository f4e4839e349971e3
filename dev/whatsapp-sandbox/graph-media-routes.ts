import type { ServerResponse } from "node:http";
import { MEDIA_RULES, baseMimeType } from "../../server/meta/validate-outbound";
import type { SandboxContext } from "./context";
import { sendGraphError } from "./graph-errors";
import { parseMultipart, sendBytes, sendJson } from "./http-io";
import type { RouteContext } from "./router";
import type { MediaItem } from "./state-types";

// Meta's lookaside URLs stop working after 5 minutes.
const MEDIA_URL_TTL_MS = 5 * 60 * 1000;

const ACCEPTED = Object.values(MEDIA_RULES).flatMap((rule) => rule.mimeTypes);

function ruleFor(mimeType: string) {
  return Object.values(MEDIA_RULES).find((rule) => rule.mimeTypes.includes(mimeType));
}

export async function handleUploadMedia(sandbox: SandboxContext, route: RouteContext, phoneNumberId: string) {
  const contentType = route.req.headers["content-type"] ?? "";
  if (!contentType.startsWith("multipart/form-data")) {
    return sendGraphError(route.res, 100, { details: "Upload must be multipart/form-data." });
  }
  const form = await parseMultipart(await route.body(), contentType);
  if (!form) return sendGraphError(route.res, 100, { details: "Malformed multipart body." });
  if (form.get("messaging_product") !== "whatsapp") {
    return sendGraphError(route.res, 100, { details: "The parameter messaging_product is required." });
  }
  const file = form.get("file");
  if (!(file instanceof File)) return sendGraphError(route.res, 100, { details: "The parameter file is required." });
  const declared = form.get("type");
  const mimeType = baseMimeType(typeof declared === "string" && declared ? declared : file.type);
  const rule = ruleFor(mimeType);
  if (!rule) {
    return sendGraphError(route.res, 100, {
      details: `Param file must be a file with one of the following types: ${ACCEPTED.join(", ")}. Received file of type '${mimeType}'.`,
    });
  }
  if (file.size > rule.maxBytes) {
    return sendGraphError(route.res, 131053, { details: `File of ${file.size} bytes exceeds the ${rule.maxBytes} bytes limit for ${mimeType}.` });
  }
  sandbox.store.ensureNumber(phoneNumberId);
  const item = sandbox.store.addMedia({ bytes: Buffer.from(await file.arrayBuffer()), mimeType, filename: file.name || undefined });
  sendJson(route.res, 200, { id: item.id });
}

export function mediaUrl(sandbox: SandboxContext, item: MediaItem): string {
  const url = new URL("/whatsapp_business/attachments/", sandbox.publicUrl());
  url.searchParams.set("mid", item.id);
  url.searchParams.set("ext", String(Date.now() + MEDIA_URL_TTL_MS));
  return url.toString();
}

export function mediaInfo(sandbox: SandboxContext, item: MediaItem) {
  return {
    messaging_product: "whatsapp",
    url: mediaUrl(sandbox, item),
    mime_type: item.mimeType,
    sha256: item.sha256,
    file_size: item.fileSize,
    id: item.id,
  };
}

/** GET of the short-lived media URL; the caller already passed the Bearer check. */
export function handleMediaDownload(sandbox: SandboxContext, res: ServerResponse, url: URL) {
  const id = url.searchParams.get("mid") ?? "";
  const expires = Number(url.searchParams.get("ext"));
  const item = sandbox.store.getMedia(id);
  const bytes = item ? sandbox.store.getMediaBytes(id) : undefined;
  if (!item || !bytes) return sendGraphError(res, 100, { details: `Media ${id} not found.`, httpStatus: 404 });
  if (!Number.isFinite(expires) || Date.now() > expires) {
    return sendGraphError(res, 100, { details: "URL signature expired. Fetch the media id again.", httpStatus: 404 });
  }
  sendBytes(res, bytes, item.mimeType, item.filename);
}
