import superjson from "superjson";
import { z } from "zod";
import { sessionActor } from "@/server/auth";
import { can, Permission } from "@/server/auth/permissions";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
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

// The largest file Meta accepts (documents); anything bigger is refused before it is read.
const MAX_BYTES = Math.max(...Object.values(MEDIA_RULES).map((rule) => rule.maxBytes));

const fields = z.object({
  conversationId: z.string().min(1).max(64),
  clientRequestId: z.string().min(8).max(64).regex(/^[\w-]+$/),
  replyToMessageId: z.string().max(64).optional(),
  caption: z.string().max(5_000).optional(),
});

const fail = (status: number, key: string, params?: Record<string, string | number>) =>
  Response.json({ error: translateError("pt-BR", key, params) }, { status, headers: { "Cache-Control": "no-store" } });

// A broker's file for a chat (multipart; tRPC speaks JSON). Same service and rules as a text reply.
export async function POST(request: Request) {
  const actor = await sessionActor();
  if (!actor) return fail(401, "unauthorized");
  if (!can(actor, Permission.INBOX_USE)) return fail(403, "forbidden");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES + 64 * 1024) {
    return fail(413, "inbox.invalidOutbound", { reason: "O arquivo passa do limite de 100 MB do WhatsApp." });
  }
  const form = await request.formData().catch(() => null);
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
