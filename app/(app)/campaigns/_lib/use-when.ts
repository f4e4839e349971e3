"use client";

import { useTranslations } from "next-intl";
import { formatWhen } from "../../leads/_lib/format-when";
import { useNow } from "../../inbox/_lib/use-now";

/** "hoje 14:05", "ontem 09:12", "12/11 14:05" on the server's clock, as the rest of the app writes times. */
export function useWhen(): (date: Date | string) => string {
  const t = useTranslations("campaigns.when");
  const now = useNow(60_000);
  const words = { today: t("today"), yesterday: t("yesterday") };
  return (date) => formatWhen(new Date(date), now, words);
}
