"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";

export type CampaignAction = "schedule" | "pause" | "resume" | "cancel";

/** Schedule/start, pause, resume and cancel (campaigns.schedule, .pause, .resume, .cancel); the server checks each transition. */
export function useCampaignActions(campaignId: string, onDone: () => void) {
  const t = useTranslations("campaigns.detail");
  const toast = useToast();
  const [pending, setPending] = useState<CampaignAction | null>(null);
  const calls: Record<CampaignAction, { mutateAsync: (input: { campaignId: string }) => Promise<unknown> }> = {
    schedule: api.campaigns.schedule.useMutation(),
    pause: api.campaigns.pause.useMutation(),
    resume: api.campaigns.resume.useMutation(),
    cancel: api.campaigns.cancel.useMutation(),
  };

  const run = async (action: CampaignAction) => {
    setPending(action);
    try {
      await calls[action].mutateAsync({ campaignId });
      toast({ title: t(`done.${action}`), tone: "success" });
    } catch (error) {
      // The server's message is already in the reader's language (tRPC's error formatter).
      toast({ title: error instanceof Error ? error.message : t("actionFailed"), tone: "error" });
    } finally {
      setPending(null);
      onDone();
    }
  };
  return { run, pending };
}
