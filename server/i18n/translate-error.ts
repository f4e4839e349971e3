import "server-only";
import { createTranslator, type AbstractIntlMessages } from "next-intl";
import en from "./messages/en/errors.json";
import ptBR from "./messages/pt-BR/errors.json";
import { DEFAULT_LOCALE, isLocale } from "@/server/i18n/locales";

const catalogues: Record<string, AbstractIntlMessages> = { "pt-BR": { errors: ptBR }, en: { errors: en } };

export function translateError(locale: string | undefined, key: string, params: Record<string, string | number> = {}): string {
  const chosen = locale && isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = createTranslator<AbstractIntlMessages, never>({ locale: chosen, messages: catalogues[chosen] ?? catalogues[DEFAULT_LOCALE] });
  const fullKey = `errors.${key}`;
  return t.has(fullKey as never) ? t(fullKey as never, params as never) : t("errors.common.internal" as never);
}
