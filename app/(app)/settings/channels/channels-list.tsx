"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { healthProblemText } from "@/app/_i18n/stored-texts";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { RelativeTime } from "./_components/relative-time";
import { isKnown, QUALITY_KEYS, qualityTone, TIER_KEYS, tokenTone } from "./channel-labels";
import { HeaderCell, Table, TableHeader } from "@/app/_components/ui/table";

export function ChannelsList() {
  const t = useTranslations("channels");
  const tq = useTranslations("channels.leadQueue");
  const tAll = useTranslations();
  // "Último webhook" of each number stays current while the list is open.
  const channels = api.channels.list.useQuery(undefined, { refetchInterval: 30_000 });

  if (channels.isLoading) {
    return (
      <div className="flex flex-col gap-2" aria-busy>
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} className="h-16" />
        ))}
      </div>
    );
  }
  if (channels.error) return <EmptyState title={channels.error.message} action={<Button variant="secondary" onClick={() => channels.refetch()}>{t("retry")}</Button>} />;
  if (!channels.data?.length) {
    return (
      <EmptyState
        title={t("empty")}
        hint={t("emptyHint")}
        action={
          <Button asChild>
            <Link href="/settings/channels/new">{t("new")}</Link>
          </Button>
        }
      />
    );
  }

  return (
    <Table>
      <TableHeader>
        <HeaderCell>{t("columns.channel")}</HeaderCell>
        <HeaderCell>{t("columns.status")}</HeaderCell>
        <HeaderCell>{t("columns.quality")}</HeaderCell>
        <HeaderCell>{t("columns.lastWebhook")}</HeaderCell>
        <HeaderCell>{t("columns.token")}</HeaderCell>
        <HeaderCell hidden>{t("columns.actions")}</HeaderCell>
      </TableHeader>
      <tbody>
        {channels.data.map((channel) => (
          <tr key={channel.id} className="border-t border-line align-top" data-testid={`channel-row-${channel.phoneNumberId}`}>
            <td className="px-4 py-3">
              <div className="font-medium">{channel.name}</div>
              <div className="text-ink-muted">{channel.displayPhoneNumber}</div>
            </td>
            <td className="px-4 py-3">
              <div className="flex flex-wrap gap-1">
                <Badge tone={channel.enabled ? "success" : "neutral"}>{channel.enabled ? t("enabledOn") : t("enabledOff")}</Badge>
                <Badge tone={channel.mode === "ACTIVE" ? "brand" : "neutral"}>{t(`mode.${channel.mode}`)}</Badge>
                {!channel.leadQueue || channel.leadQueue.eligibleMembers === 0 ? (
                  <Badge tone="warning" title={tq("listBadgeHint")}>
                    <span aria-hidden>⚠ </span>
                    {tq("listBadge")}
                  </Badge>
                ) : null}
              </div>
              {channel.healthProblem ? (
                <p className="mt-1 max-w-xs text-xs text-danger">
                  <span aria-hidden>⚠ </span>
                  {healthProblemText(tAll, channel.healthProblem)}
                </p>
              ) : null}
            </td>
            <td className="px-4 py-3">
              <Badge tone={qualityTone(channel.qualityRating)}>
                {isKnown(QUALITY_KEYS, channel.qualityRating) ? t(`quality.${channel.qualityRating}`) : (channel.qualityRating ?? t("quality.none"))}
              </Badge>
              <div className="mt-1 text-xs text-ink-muted">
                {isKnown(TIER_KEYS, channel.messagingTier) ? t(`tier.${channel.messagingTier}`) : (channel.messagingTier ?? t("tier.none"))}
              </div>
            </td>
            <td className="px-4 py-3">
              <RelativeTime date={channel.lastWebhookAt} never={t("neverReceived")} />
            </td>
            <td className="px-4 py-3">
              <Badge tone={tokenTone(channel.tokenState)}>{t(`token.${channel.tokenState}`)}</Badge>
            </td>
            <td className="px-4 py-3 text-right whitespace-nowrap">
              <div className="flex justify-end gap-2">
                {channel.mode === "ACTIVE" && channel.canStartConversations ? (
                  <Button asChild variant="ghost" size="sm">
                    <Link href={`/settings/channels/${channel.id}/templates`}>{t("tabs.templates")}</Link>
                  </Button>
                ) : null}
                <Button asChild variant="secondary" size="sm">
                  <Link href={`/settings/channels/${channel.id}`} aria-label={t("editNamed", { name: channel.name })}>
                    {t("edit")}
                  </Link>
                </Button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
