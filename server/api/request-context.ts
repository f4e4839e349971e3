import "server-only";
import { cookies, headers } from "next/headers";
import { auth, renewSession } from "@/server/auth";
import { clientAddress } from "@/server/auth/client-address";
import { sessionClaims } from "@/server/auth/session-claims";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { DEFAULT_LOCALE, LOCALE_COOKIE } from "@/server/i18n/locales";
import type { TrpcContext } from "./trpc";

export async function createRequestContext(): Promise<TrpcContext> {
  const session = await auth();
  const locale = (await cookies()).get(LOCALE_COOKIE)?.value ?? DEFAULT_LOCALE;
  return {
    db: getDb(),
    session: sessionClaims(session),
    locale,
    clientAddress: clientAddress(await headers(), env().TRUST_PROXY),
    renewSession,
  };
}
