import type { IncomingMessage, ServerResponse } from "node:http";
import type { SandboxContext } from "./context";
import { sendGraphError } from "./graph-errors";
import { handleMediaDownload, handleUploadMedia, mediaInfo } from "./graph-media-routes";
import { handleSendMessage } from "./graph-messages-route";
import { handleOpenUploadSession, handleUploadToSession } from "./graph-upload-routes";
import { handleCreateTemplate, handleDeleteTemplate, handleEditTemplate, handleListTemplates, templateJson } from "./graph-template-routes";
import { sendJson } from "./http-io";
import { createRouter, type RouteContext } from "./router";
import type { BusinessNumber } from "./state-types";

const VERSION_PREFIX = /^\/v\d+\.\d+(\/.*)$/;
// Fields only a phone number has ("status" and "name" are shared with templates).
const PHONE_FIELDS = ["display_phone_number", "verified_name", "quality_rating", "messaging_limit_tier"];

function tokenOf(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice(7).trim();
  // The Resumable Upload API's second step authenticates as "OAuth <token>".
  if (header?.startsWith("OAuth ")) return header.slice(6).trim();
  return url.searchParams.get("access_token") ?? undefined;
}

function phoneJson(number: BusinessNumber, fields: string | null) {
  const full: Record<string, unknown> = {
    id: number.phoneNumberId,
    display_phone_number: number.displayPhoneNumber,
    verified_name: number.verifiedName,
    quality_rating: number.qualityRating,
    messaging_limit_tier: number.messagingLimitTier,
    status: "CONNECTED",
    code_verification_status: "VERIFIED",
    platform_type: "CLOUD_API",
    throughput: { level: "STANDARD" },
  };
  if (!fields) return full;
  // Like Graph: only what was asked for, plus the id.
  const wanted = new Set(["id", ...fields.split(",").map((field) => field.trim())]);
  return Object.fromEntries(Object.entries(full).filter(([key]) => wanted.has(key)));
}

function getObject(sandbox: SandboxContext, route: RouteContext) {
  const id = route.params.id ?? "";
  const media = sandbox.store.getMedia(id);
  if (media) return sendJson(route.res, 200, mediaInfo(sandbox, media));
  const template = sandbox.store.getTemplate(id);
  if (template) return sendJson(route.res, 200, templateJson(template));
  const fields = route.url.searchParams.get("fields");
  const number = sandbox.store.getNumber(id);
  const asksForPhone = fields?.split(",").some((field) => PHONE_FIELDS.includes(field.trim()));
  if (number || asksForPhone) return sendJson(route.res, 200, phoneJson(number ?? sandbox.store.ensureNumber(id), fields));
  sendGraphError(route.res, 100, {
    subcode: 33,
    details: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
  });
}

export function createGraphRoutes(sandbox: SandboxContext) {
  const router = createRouter();
  router.post("/:id/messages", (route) => handleSendMessage(sandbox, route, route.params.id ?? ""));
  router.post("/:id/media", (route) => handleUploadMedia(sandbox, route, route.params.id ?? ""));
  router.post("/:id/uploads", (route) => handleOpenUploadSession(sandbox, route, route.params.id ?? ""));
  router.post("/:id/message_templates", (route) => handleCreateTemplate(sandbox, route, route.params.id ?? ""));
  router.get("/:id/message_templates", (route) => handleListTemplates(sandbox, route, route.params.id ?? ""));
  router.delete("/:id/message_templates", (route) => handleDeleteTemplate(sandbox, route, route.params.id ?? ""));
  router.get("/:id/phone_numbers", (route) => {
    const numbers = sandbox.store.listNumbers().filter((number) => number.wabaId === route.params.id);
    sendJson(route.res, 200, { data: numbers.map((number) => phoneJson(number, route.url.searchParams.get("fields"))) });
  });
  router.get("/:id", (route) => getObject(sandbox, route));
  router.post("/:id", (route) => {
    const id = route.params.id ?? "";
    return id.startsWith("upload:") ? handleUploadToSession(sandbox, route, id) : handleEditTemplate(sandbox, route, id);
  });
  router.delete("/:id", (route) => {
    const deleted = sandbox.store.deleteMedia(route.params.id ?? "");
    if (!deleted) return sendGraphError(route.res, 100, { details: `Media ${route.params.id} not found.` });
    sendJson(route.res, 200, { success: true });
  });

  /** true when the request was a Graph call (answered here, even if with an error). */
  return async function handleGraph(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const isAttachment = url.pathname.replace(/\/+$/, "") === "/whatsapp_business/attachments";
    const versioned = VERSION_PREFIX.exec(url.pathname);
    if (!isAttachment && !versioned) return false;
    if (tokenOf(req, url) !== sandbox.config.accessToken) {
      sendGraphError(res, 190);
      return true;
    }
    if (isAttachment) {
      handleMediaDownload(sandbox, res, url);
      return true;
    }
    const handled = await router.handle(req, res, url, versioned?.[1]);
    if (!handled) sendGraphError(res, 100, { details: `Unknown path components: ${versioned?.[1]}` });
    return true;
  };
}
