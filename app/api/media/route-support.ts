import { cookies } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE } from "@/app/_i18n/locales";
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

export async function errorResponse(error: unknown): Promise<Response> {
  const locale = (await cookies()).get(LOCALE_COOKIE)?.value ?? DEFAULT_LOCALE;
  if (error instanceof AppError) {
    return Response.json({ error: translateError(locale, error.key, error.params), key: error.key }, { status: STATUS[error.code] });
  }
  console.error(`[media] ${error instanceof Error ? error.name : "error"}: ${error instanceof Error ? error.message : String(error)}`);
  return Response.json({ error: translateError(locale, "internal"), key: "internal" }, { status: 500 });
}

