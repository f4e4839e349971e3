"use server";

import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "@/server/i18n/locales";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The language of the screens, kept in this browser (app/_i18n/request.ts reads it on every request). */
export async function setLocale(locale: string) {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", httpOnly: true });
}
