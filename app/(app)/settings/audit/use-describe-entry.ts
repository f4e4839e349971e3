"use client";

import { useTranslations } from "next-intl";

type Entry = { action: string; entityType: string; targetName: string | null; data: unknown };

const field = (data: unknown, key: string) => (typeof data === "object" && data !== null && key in data ? (data as Record<string, unknown>)[key] : undefined);
const text = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");

// A readable pt-BR sentence per action; actions this catalogue does not know yet still read sensibly.
export function useDescribeEntry() {
  const t = useTranslations("audit");
  const entityLabel = (entityType: string) => (t.has(`entities.${entityType}`) ? t(`entities.${entityType}`) : entityType);
  return {
    entityLabel,
    describe(entry: Entry) {
      const target = entry.targetName ?? t("unknownTarget");
      const key = `actions.${entry.action}`;
      if (!t.has(key)) return t("genericAction", { action: entry.action, entity: entityLabel(entry.entityType), target: entry.targetName ?? "" });
      const count = Number(field(entry.data, "count") ?? 0);
      return t(key, { target, count, profile: text(field(entry.data, "profileName")) || "none", from: text(field(entry.data, "fromName")) });
    },
  };
}
