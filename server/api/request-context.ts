import { cookies } from "next/headers";
import { auth } from "@/server/auth";
import { getDb } from "@/server/db";
import { DEFAULT_LOCALE, LOCALE_COOKIE } from "@/app/_i18n/locales";
import type { TrpcContext } from "./trpc";

export async function createRequestContext(): Promise<TrpcContext> {
  const session = await auth();
  const locale = (await cookies()).get(LOCALE_COOKIE)?.value ?? DEFAULT_LOCALE;
  return { db: getDb(), session: session?.user?.id ? { user: { id: session.user.id } } : null, locale };
}
