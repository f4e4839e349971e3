"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/app/_components/ui/badge";
import type { DerivedRecipientStatus } from "@/server/services/campaigns/recipient-states";

const TONES: Record<DerivedRecipientStatus, "neutral" | "brand" | "success" | "warning" | "danger"> = {
  WAITING: "neutral",
  HELD: "warning",
  QUEUED: "neutral",
  SENT: "brand",
  DELIVERED: "brand",
  READ: "success",
  REPLIED: "success",
  FAILED: "danger",
};

export function RecipientStatusBadge({ status }: { status: DerivedRecipientStatus }) {
  const t = useTranslations("campaigns.recipientStatus");
  return (
    <Badge tone={TONES[status]} data-status={status}>
      {t(status)}
    </Badge>
  );
}
