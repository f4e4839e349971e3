"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";

const SHOWN = ["APPROVED", "PENDING", "REJECTED", "DRAFT"] as const;

export function TemplateChannels() {
  const t = useTranslations("templates");
  const channels = api.templates.channels.useQuery();
  if (channels.isLoading) return <Skeleton className="h-40" />;
  if (!channels.data?.length) return <EmptyState title={t("noChannels")} hint={t("noChannelsHint")} />;
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {channels.data.map((channel) => (
        <li key={channel.id}>
          <Card className="flex h-full flex-col gap-3">
            <div>
              <h2 className="font-semibold">{channel.name}</h2>
              <p className="text-sm text-ink-muted">{channel.displayPhoneNumber}</p>
            </div>
            <div className="flex flex-wrap gap-2">
              {SHOWN.map((status) => (
                <Badge key={status} tone={status === "APPROVED" ? "success" : status === "REJECTED" ? "danger" : status === "PENDING" ? "warning" : "neutral"}>
                  {t("countByStatus", { count: channel.counts[status] ?? 0, status: t(`status.${status}`) })}
                </Badge>
              ))}
              {!channel.enabled ? <Badge>{t("channelDisabled")}</Badge> : null}
            </div>
            <div className="mt-auto">
              <Button asChild variant="secondary" size="sm">
                <Link href={`/settings/channels/${channel.id}/templates`} aria-label={t("openChannel", { name: channel.name })}>
                  {t("open")}
                </Link>
              </Button>
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}
