import { cookies } from "next/headers";
import { z } from "zod";
import { sessionActor } from "@/server/auth";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { BodyTooLargeError, readBodyWithin } from "@/server/http/read-body";
import { isSameOrigin } from "@/server/http/same-origin";
import { DEFAULT_LOCALE, LOCALE_COOKIE } from "@/server/i18n/locales";
import { translateError } from "@/server/i18n/translate-error";
import { createAssistantGateway } from "@/server/services/assistant/assistant-gateway";
import { suggestReplies } from "@/server/services/assistant/suggest-replies";
import type { SuggestionEvent } from "@/server/services/assistant/suggestion-events";
import { takeSuggestionRequest } from "@/server/services/rate-limit/suggestion-requests";
import { browserLeft, suggestionStream } from "./suggestion-stream";

// POST {conversationId} → NDJSON: the retrieval at once (`context`), then the drafts as the model
// writes them (`draft`), then `done`; or `error` with the broker's text. Origin, session, the user's
// per-minute allowance and the conversation's visibility are checked before anything streams (and
// answer with an HTTP status); the model call is aborted when the browser goes away.

const MAX_BODY_BYTES = 1024;
const bodySchema = z.object({ conversationId: z.string().min(1).max(64) });

const STATUS = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, PRECONDITION_FAILED: 412, TOO_MANY_REQUESTS: 429 } as const;

export async function POST(request: Request) {
  const locale = (await cookies()).get(LOCALE_COOKIE)?.value ?? DEFAULT_LOCALE;
  const refuse = (error: AppError, headers: Record<string, string> = {}) =>
    Response.json({ error: translateError(locale, error.key, error.params), key: error.key }, { status: STATUS[error.code], headers: { "Cache-Control": "no-store", ...headers } });
  if (!isSameOrigin(request)) return refuse(new AppError("FORBIDDEN", "assistant.crossOrigin"));
  const actor = await sessionActor();
  if (!actor) return refuse(new AppError("UNAUTHORIZED", "common.unauthorized"));
  const db = getDb();
  // Counted before the body is read: a refused or malformed request costs little, but it is still one.
  const gate = await takeSuggestionRequest(db, actor.id, env().ASSISTANT_SUGGESTIONS_PER_MINUTE);
  if (!gate.ok) {
    const seconds = gate.retryAfterSeconds;
    return refuse(new AppError("TOO_MANY_REQUESTS", "assistant.tooManyRequests", { seconds }), { "Retry-After": String(seconds) });
  }
  let conversationId: string;
  try {
    const parsed = bodySchema.safeParse(JSON.parse(new TextDecoder().decode(await readBodyWithin(request, MAX_BODY_BYTES))));
    if (!parsed.success) return refuse(new AppError("BAD_REQUEST", "assistant.invalidRequest"));
    conversationId = parsed.data.conversationId;
  } catch (error) {
    if (error instanceof BodyTooLargeError || error instanceof SyntaxError) return refuse(new AppError("BAD_REQUEST", "assistant.invalidRequest"));
    throw error;
  }

  const abort = new AbortController();
  // Recorded by the gateway as "aborted" (an AbortError), whatever reason the server gives.
  request.signal.addEventListener("abort", () => abort.abort(browserLeft()), { once: true });
  const events = suggestReplies({ db, gateway: createAssistantGateway({ db }) }, actor, { conversationId, signal: abort.signal });
  // The first event (the retrieval) is awaited here, so that a conversation the broker may not see
  // is a 403/404 like everywhere else rather than an event in a 200.
  let first: IteratorResult<SuggestionEvent>;
  try {
    first = await events.next();
  } catch (error) {
    if (error instanceof AppError) return refuse(error);
    throw error;
  }
  return new Response(suggestionStream(events, first, { locale, abort }), {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" },
  });
}
