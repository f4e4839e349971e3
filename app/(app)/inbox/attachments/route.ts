import superjson from "superjson";
import { z } from "zod";
import { sessionActor } from "@/server/auth";
import { can, Permission } from "@/server/auth/permissions";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { BodyTooLargeError, readFormWithin } from "@/server/http/read-body";
import { isSameOrigin } from "@/server/http/same-origin";
import { translateError } from "@/server/i18n/translate-error";
import { MEDIA_RULES } from "@/server/meta/validate-outbound";
import { queueOutboundMessage } from "@/server/services/messages/queue-outbound-message";

const STATUS: Record<AppError["code"], number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  PRECONDITION_FAILED: 412,
};

// The largest file Meta accepts (documents) and its multipart framing; a bigger body is refused
// while it streams in.
const MAX_BODY_BYTES = Math.max(...Object.values(MEDIA_RULES).map((rule) => rule.maxBytes)) + 64 * 1024;

const fields = z.object({
  conversationId: z.string().min(1).max(64),
  clientRequestId: z.string().min(8).max(64).regex(/^[\w-]+$/),
  replyToMessageId: z.string().max(64).optional(),
  caption: z.string().max(5_000).optional(),
});

const fail = (status: number, key: string, params?: Record<string, string | number>) =>
  Response.json({ error: translateError("pt-BR", key, params) }, { status, headers: { "Cache-Control": "no-store" } });

// A broker's file for a chat (multipart; tRPC speaks JSON). Same service and rules as a text reply.
// Origin, session and permission are checked before a byte of the body is read.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return fail(403, "upload.crossOrigin");
  const actor = await sessionActor();
  if (!actor) return fail(401, "common.unauthorized");
  if (!can(actor, Permission.INBOX_USE)) return fail(403, "common.forbidden");
  let form: FormData | null;
  try {
    form = await readFormWithin(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return fail(413, "upload.bodyTooLarge", { maxMb: 100 });
    throw error;
  }
  const file = form?.get("file");
  const parsed = fields.safeParse(Object.fromEntries([...(form?.entries() ?? [])].filter(([, value]) => typeof value === "string")));
  if (!parsed.success || !(file instanceof File)) return fail(400, "inbox.uploadInvalid");
  try {
    const message = await queueOutboundMessage(getDb(), actor, {
      conversationId: parsed.data.conversationId,
      clientRequestId: parsed.data.clientRequestId,
      replyToMessageId: parsed.data.replyToMessageId ?? null,
      content: { kind: "file", fileName: file.name, mimeType: file.type || "application/octet-stream", bytes: new Uint8Array(await file.arrayBuffer()), caption: parsed.data.caption },
    });
    return new Response(superjson.stringify(message), { headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError) return fail(STATUS[error.code], error.key, error.params);
    throw error;
  }
}
