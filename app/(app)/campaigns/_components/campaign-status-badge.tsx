"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/app/_components/ui/badge";

const TONES = { DRAFT: "neutral", SCHEDULED: "brand", RUNNING: "brand", PAUSED: "warning", CANCELLED: "danger", DONE: "success" } as const;

export function CampaignStatusBadge({ status }: { status: keyof typeof TONES }) {
  const t = useTranslations("campaigns.status");
  return (
    <Badge tone={TONES[status]} data-testid="campaign-status">
      {t(status)}
    </Badge>
  );
}
