import "server-only";
import { createHash } from "node:crypto";
import { DEFAULT_GRAPH_API_BASE_URL, DEFAULT_GRAPH_API_VERSION } from "./graph-config";
import {
  markReadPayload,
  mediaPayload,
  reactionPayload,
  templatePayload,
  textPayload,
  type MediaMessageInput,
  type ReactionMessageInput,
  type TemplateMessageInput,
  type TextMessageInput,
} from "./graph-message-payloads";
import { graphFetch } from "./graph-http";
import { graphDownload, graphRequest, type FetchLike, type GraphTransport } from "./graph-request";
import {
  mediaInfoSchema,
  mediaUploadResponseSchema,
  phoneNumberInfoSchema,
  sendMessageResponseSchema,
  successResponseSchema,
} from "./graph-schemas";
import { uploadForHandle, type ResumableUploadInput } from "./graph-resumable-upload";
import { templateApi } from "./graph-template-api";
import { isMediaDownloadUrl, isMetaMediaId } from "./media-source";
import { MetaApiError, MetaNetworkError } from "./meta-errors";

export type GraphClientConfig = {
  accessToken: string;
  baseUrl?: string;
  apiVersion?: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  mediaTimeoutMs?: number;
};

export type SendResult = { wamid: string; waId?: string; input?: string };

export type UploadMediaInput = {
  phoneNumberId: string;
  bytes: Uint8Array | Blob;
  mimeType: string;
  filename: string;
};

const PHONE_FIELDS = "display_phone_number,verified_name,quality_rating,messaging_limit_tier,status";

export type GraphClient = ReturnType<typeof createGraphClient>;

// Refused before anything is sent: asking again would fail the same way, so it is not retriable.
const unusableMedia = (why: string) =>
  new MetaApiError({ code: 100, title: "Invalid parameter", message: `Media ${why}; not requested`, httpStatus: 400 });

export function createGraphClient(config: GraphClientConfig) {
  const transport: GraphTransport = {
    baseUrl: (config.baseUrl ?? DEFAULT_GRAPH_API_BASE_URL).replace(/\/+$/, ""),
    apiVersion: config.apiVersion ?? DEFAULT_GRAPH_API_VERSION,
    accessToken: config.accessToken,
    fetch: config.fetch ?? graphFetch,
    timeoutMs: config.timeoutMs ?? 20_000,
  };
  const mediaTimeoutMs = config.mediaTimeoutMs ?? 120_000;

  async function sendMessage(phoneNumberId: string, payload: Record<string, unknown>): Promise<SendResult> {
    const answer = await graphRequest(
      transport,
      { method: "POST", path: `${phoneNumberId}/messages`, json: payload },
      sendMessageResponseSchema,
    );
    const contact = answer.contacts?.[0];
    // The schema guarantees one message id.
    const wamid = answer.messages[0]?.id ?? "";
    return { wamid, waId: contact?.wa_id, input: contact?.input };
  }

  async function getMediaInfo(mediaId: string) {
    if (!isMetaMediaId(mediaId)) throw unusableMedia("is not a Meta media id");
    return graphRequest(transport, { method: "GET", path: mediaId }, mediaInfoSchema);
  }

  return {
    sendText: (phoneNumberId: string, input: TextMessageInput) =>
      sendMessage(phoneNumberId, textPayload(input)),
    sendMedia: (phoneNumberId: string, input: MediaMessageInput) =>
      sendMessage(phoneNumberId, mediaPayload(input)),
    sendTemplate: (phoneNumberId: string, input: TemplateMessageInput) =>
      sendMessage(phoneNumberId, templatePayload(input)),
    sendReaction: (phoneNumberId: string, input: ReactionMessageInput) =>
      sendMessage(phoneNumberId, reactionPayload(input)),

    markAsRead: (phoneNumberId: string, messageId: string) =>
      graphRequest(
        transport,
        { method: "POST", path: `${phoneNumberId}/messages`, json: markReadPayload(messageId) },
        successResponseSchema,
      ),

    uploadMedia: async (input: UploadMediaInput) => {
      const form = new FormData();
      form.set("messaging_product", "whatsapp");
      form.set("type", input.mimeType);
      // Blob wants an ArrayBuffer-backed view; a Buffer may sit on a shared pool.
      const file = input.bytes instanceof Blob ? input.bytes : new Blob([new Uint8Array(input.bytes)], { type: input.mimeType });
      form.set("file", file, input.filename);
      return graphRequest(
        transport,
        { method: "POST", path: `${input.phoneNumberId}/media`, form },
        mediaUploadResponseSchema,
      );
    },

    getMediaInfo,

    /** A file handle for a template's media sample (Resumable Upload API, on the Meta app). */
    uploadForHandle: (input: ResumableUploadInput) => uploadForHandle(transport, input),

    /** Two steps, as Meta requires: the media's short-lived URL, then its bytes (same Bearer). */
    downloadMedia: async (mediaId: string) => {
      const info = await getMediaInfo(mediaId);
      if (!isMediaDownloadUrl(info.url, transport.baseUrl)) throw unusableMedia("has a download URL outside Meta's media hosts");
      const { bytes, contentType } = await graphDownload(transport, info.url, mediaTimeoutMs);
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      if (info.sha256 && sha256 !== info.sha256.toLowerCase()) {
        throw new MetaNetworkError(`Media ${mediaId} arrived corrupted (sha256 mismatch)`);
      }
      return { bytes, mimeType: info.mime_type || contentType || "application/octet-stream", sha256, info };
    },

    ...templateApi(transport),

    getPhoneNumberInfo: (phoneNumberId: string) =>
      graphRequest(
        transport,
        { method: "GET", path: phoneNumberId, query: { fields: PHONE_FIELDS } },
        phoneNumberInfoSchema,
      ),
  };
}
