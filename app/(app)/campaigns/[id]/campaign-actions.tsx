"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import type { RouterOutputs } from "@/app/_trpc/client";
import { useCampaignActions, type CampaignAction } from "./use-campaign-actions";

type Campaign = RouterOutputs["campaigns"]["get"];

// What each status allows; the server checks the same transitions again.
const ACTIONS: Record<Campaign["status"], CampaignAction[]> = {
  DRAFT: ["schedule", "cancel"],
  SCHEDULED: ["pause", "cancel"],
  RUNNING: ["pause", "cancel"],
  PAUSED: ["resume", "cancel"],
  CANCELLED: [],
  DONE: [],
};

export function CampaignActions({ campaign, onChanged }: { campaign: Campaign; onChanged: () => void }) {
  const t = useTranslations("campaigns.detail");
  const actions = useCampaignActions(campaign.id, onChanged);
  const [confirming, setConfirming] = useState(false);
  const allowed = ACTIONS[campaign.status];
  if (allowed.length === 0) return null;
  const label = (action: CampaignAction) => (action === "schedule" ? (campaign.startsAt ? t("schedule") : t("start")) : t(action));
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2" role="group" aria-label={t("actions")}>
        {allowed.map((action) => (
          <Button
            key={action}
            variant={action === "cancel" ? "danger" : action === "pause" ? "secondary" : "primary"}
            className="min-h-11"
            disabled={actions.pending !== null}
            data-testid={`campaign-${action}`}
            onClick={() => (action === "cancel" ? setConfirming(true) : void actions.run(action))}
          >
            {actions.pending === action ? t("actionPending") : label(action)}
          </Button>
        ))}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("cancelTitle")}
        description={t("cancelDescription", { count: campaign.progress.pending })}
        confirmLabel={t("cancelConfirm")}
        pendingLabel={t("actionPending")}
        tone="danger"
        pending={actions.pending === "cancel"}
        onConfirm={() => void actions.run("cancel").then(() => setConfirming(false))}
      />
    </div>
  );
}
