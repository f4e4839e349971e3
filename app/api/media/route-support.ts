import { cookies } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE } from "@/server/i18n/locales";
import { sessionActor } from "@/server/auth";
import type { Actor } from "@/server/auth/permissions";
import { AppError, type AppErrorCode } from "@/server/errors";
import { translateError } from "@/server/i18n/translate-error";

// The same actor the tRPC procedures see: read from the database on every request.
export function routeActor(): Promise<Actor | null> {
  return sessionActor();
}

const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  TOO_MANY_REQUESTS: 429,
};

async function translated(status: number, key: string, params?: Record<string, string | number>): Promise<Response> {
  const locale = (await cookies()).get(LOCALE_COOKIE)?.value ?? DEFAULT_LOCALE;
  return Response.json({ error: translateError(locale, key, params), key }, { status });
}

export async function errorResponse(error: unknown): Promise<Response> {
  if (error instanceof AppError) return translated(STATUS[error.code], error.key, error.params);
  console.error(`[media] ${error instanceof Error ? error.name : "error"}: ${error instanceof Error ? error.message : String(error)}`);
  return translated(500, "common.internal");
}

/** 413: the body passed `maxBytes` (checked while it streamed in). */
export function tooLargeResponse(maxBytes: number): Promise<Response> {
  return translated(413, "upload.bodyTooLarge", { maxMb: Math.floor(maxBytes / 1024 / 1024) });
}

