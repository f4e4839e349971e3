import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator, type AbstractIntlMessages } from "next-intl";
import type { Translate } from "@/app/_i18n/stored-texts";
import type { Locale } from "@/server/i18n/locales";
import { NAMESPACES } from "@/server/i18n/namespaces";

const dir = path.join(import.meta.dirname, "..", "server", "i18n", "messages");

/** The whole catalogue of a locale as the screens' useTranslations() sees it. */
export function translator(locale: Locale): Translate {
  const messages: AbstractIntlMessages = Object.fromEntries(NAMESPACES.map((ns) => [ns, JSON.parse(readFileSync(path.join(dir, locale, `${ns}.json`), "utf8"))]));
  return createTranslator({ locale, messages }) as unknown as Translate;
}
