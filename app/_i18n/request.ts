import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "@/server/i18n/load-messages";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/server/i18n/locales";

export default getRequestConfig(async () => {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = stored && isLocale(stored) ? stored : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "America/Sao_Paulo",
    messages: await loadMessages(locale),
  };
});
