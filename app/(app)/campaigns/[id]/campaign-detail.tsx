"use client";

import { useTranslations } from "next-intl";
import { campaignReasonText } from "@/app/_i18n/campaign-texts";
import { useChannelEvents } from "@/app/_realtime/use-channel-events";
import { Card } from "@/app/_components/ui/card";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { campaignsChannel } from "@/server/realtime/channels";
import { DERIVED_RECIPIENT_STATUSES } from "@/server/services/campaigns/recipient-states";
import { CampaignStatusBadge } from "../_components/campaign-status-badge";
import { RecipientStatusBadge } from "../_components/recipient-status-badge";
import { minuteToTime } from "../_lib/format";
import { useWhen } from "../_lib/use-when";
import { CampaignActions } from "./campaign-actions";
import { ProgressBar } from "./progress-bar";
import { RecipientsTable } from "./recipients-table";
import { ResultsChart } from "./results-chart";

type Campaign = RouterOutputs["campaigns"]["get"];

export function CampaignDetail({ initial }: { initial: Campaign }) {
  const t = useTranslations("campaigns");
  const tAll = useTranslations();
  const when = useWhen();
  const utils = api.useUtils();
  const query = api.campaigns.get.useQuery({ campaignId: initial.id }, { initialData: initial });
  const campaign = query.data;
  const refresh = () => {
    void utils.campaigns.get.invalidate({ campaignId: campaign.id });
    void utils.campaigns.recipients.invalidate({ campaignId: campaign.id });
    void utils.campaigns.results.invalidate({ campaignId: campaign.id });
  };
  // Every campaign's progress comes on one channel: refetch only for this one. After a
  // (re)subscription, refetch too: what was pushed meanwhile is lost.
  useChannelEvents(campaignsChannel, {
    "campaign.progress": ({ campaignId }) => {
      if (campaignId === campaign.id) refresh();
    },
    subscribed: refresh,
  });
  const paused = campaign.status === "PAUSED";

  return (
    <div className="flex flex-col gap-4" data-testid="campaign-detail">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="text-2xl font-semibold break-words">{campaign.name}</h1>
          <div className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
            <CampaignStatusBadge status={campaign.status} />
            <span>{campaign.channel.name}</span>
            <span aria-hidden>·</span>
            <span>{campaign.template.name}</span>
          </div>
        </div>
        <CampaignActions campaign={campaign} onChanged={refresh} />
      </header>
      {paused ? (
        <p role="status" className="rounded-md border border-warning/40 bg-warning-soft p-3 text-sm text-warning" data-testid="pause-reason">
          <span className="font-medium">{t("detail.pauseReason")}: </span>
          {campaign.pauseReasonCode ? campaignReasonText(tAll, campaign.pauseReasonCode) : t("pausedByPerson")}
        </p>
      ) : null}
      <Card className="flex flex-col gap-4">
        <ProgressBar progress={campaign.progress} />
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm" aria-label={t("recipients.title")} data-testid="campaign-counts">
          {DERIVED_RECIPIENT_STATUSES.map((status) => (
            <li key={status} className="flex items-center gap-1" data-status={status}>
              <RecipientStatusBadge status={status} />
              <span className="tabular-nums">{campaign.counts[status]}</span>
            </li>
          ))}
        </ul>
        <dl className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-ink-muted">{t("detail.sendingHours")}</dt>
            <dd>{t("detail.sendingHoursValue", { from: minuteToTime(campaign.sendingFromMinute), until: minuteToTime(campaign.sendingUntilMinute) })}</dd>
          </div>
          <div>
            <dt className="text-ink-muted">{t("detail.startsAt")}</dt>
            <dd>{campaign.startsAt ? when(campaign.startsAt) : t("detail.startsAtNow")}</dd>
          </div>
          <div>
            <dt className="text-ink-muted">{t("columns.started")}</dt>
            <dd>{campaign.startedAt ? when(campaign.startedAt) : t("notStarted")}</dd>
          </div>
          <div>
            <dt className="text-ink-muted">{t("detail.createdBy")}</dt>
            <dd>{campaign.createdBy?.name ?? t("notStarted")}</dd>
          </div>
        </dl>
        <div className="flex flex-wrap items-center gap-3">
          {/* A plain link: the browser downloads the streamed file itself. */}
          <a href={`/campaigns/${campaign.id}/export`} download className="inline-flex min-h-11 items-center rounded-md border border-line px-4 text-sm font-medium hover:bg-surface-muted" data-testid="campaign-export">
            {t("detail.export")}
          </a>
          <span className="text-xs text-ink-muted">{t("detail.exportHint")}</span>
        </div>
      </Card>
      <ResultsChart campaignId={campaign.id} />
      <RecipientsTable campaignId={campaign.id} />
    </div>
  );
}
