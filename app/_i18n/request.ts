import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales";

export default getRequestConfig(async () => {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = stored && isLocale(stored) ? stored : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "America/Sao_Paulo",
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
