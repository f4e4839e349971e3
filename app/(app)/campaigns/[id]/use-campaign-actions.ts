"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useToast } from "@/app/_components/ui/toast";

export type CampaignAction = "schedule" | "pause" | "resume" | "cancel";
type Call = (input: { campaignId: string }) => Promise<unknown>;

/**
 * Schedule/start, pause, resume and cancel. The engine's procedures (campaigns.schedule, .pause,
 * .resume, .cancel, input { campaignId }) are built on another branch; until they are merged each
 * call below is null and its button says the action is not available yet. Connecting one is
 * `const pause = api.campaigns.pause.useMutation();` and `pause: pause.mutateAsync` here.
 */
export function useCampaignActions(campaignId: string, onDone: () => void) {
  const t = useTranslations("campaigns.detail");
  const toast = useToast();
  const [pending, setPending] = useState<CampaignAction | null>(null);
  const calls: Record<CampaignAction, Call | null> = { schedule: null, pause: null, resume: null, cancel: null };

  const run = async (action: CampaignAction) => {
    const call = calls[action];
    if (!call) return;
    setPending(action);
    try {
      await call({ campaignId });
      toast({ title: t("actionDone"), tone: "success" });
      onDone();
    } catch (error) {
      toast({ title: error instanceof Error ? error.message : t("actionUnavailable"), tone: "error" });
    } finally {
      setPending(null);
    }
  };
  return { run, pending, available: (action: CampaignAction) => calls[action] !== null };
}
