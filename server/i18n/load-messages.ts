import "server-only";
import type { AbstractIntlMessages } from "next-intl";
import { NAMESPACES } from "./namespaces";
import type { Locale } from "./locales";

export async function loadMessages(locale: Locale): Promise<AbstractIntlMessages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => [namespace, (await import(`./messages/${locale}/${namespace}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
