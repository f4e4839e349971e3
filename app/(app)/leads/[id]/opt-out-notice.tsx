"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import { formatFull } from "../_lib/format-when";

// The lead tapped an opt-out button: marketing templates are refused until the lead writes again
// and the broker, having asked, clears it here.
export function OptOutNotice({ leadId, since, clearable }: { leadId: string; since: Date; clearable: boolean }) {
  const t = useTranslations("leads.optOut");
  const toast = useToast();
  const utils = api.useUtils();
  const clear = api.leads.clearMarketingOptOut.useMutation({
    onSuccess: async () => {
      toast({ title: t("cleared"), tone: "success" });
      await Promise.all([utils.leads.newConversationOptions.invalidate({ leadId }), utils.leads.history.invalidate()]);
    },
  });
  return (
    <div role="note" className="flex flex-col gap-2 rounded-md border border-warning bg-warning-soft p-3 text-sm" data-testid="opt-out-notice">
      <p className="font-medium">{t("title", { when: formatFull(since) })}</p>
      <p className="text-ink-muted">{clearable ? t("clearableHint") : t("waitHint")}</p>
      {clearable ? (
        <Button type="button" variant="secondary" size="sm" className="self-start" disabled={clear.isPending} onClick={() => clear.mutate({ leadId })}>
          {t("clear")}
        </Button>
      ) : null}
      {clear.error ? (
        <p role="alert" className="text-danger">
          {clear.error.message}
        </p>
      ) : null}
    </div>
  );
}
