"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/app/_components/ui/badge";

type Status = "DRAFT" | "PENDING" | "APPROVED" | "REJECTED" | "PAUSED" | "DISABLED";

const TONE = { DRAFT: "neutral", PENDING: "warning", APPROVED: "success", REJECTED: "danger", PAUSED: "warning", DISABLED: "neutral" } as const;
// Words and a glyph, never colour alone.
const GLYPH = { DRAFT: "✎", PENDING: "…", APPROVED: "✓", REJECTED: "✕", PAUSED: "‖", DISABLED: "⊘" } as const;

export function TemplateStatusBadge({ status, inFlight }: { status: Status; inFlight: boolean }) {
  const t = useTranslations("templates.status");
  if (inFlight) {
    return (
      <Badge tone="brand" data-testid="template-status">
        <span aria-hidden className="mr-1 inline-block animate-pulse">
          ↑
        </span>
        {t("SENDING")}
      </Badge>
    );
  }
  return (
    <Badge tone={TONE[status]} data-testid="template-status">
      <span aria-hidden className="mr-1">
        {GLYPH[status]}
      </span>
      {t(status)}
    </Badge>
  );
}
