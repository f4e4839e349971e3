"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ChannelLeadQueue } from "@/server/services/channels/channel-lead-queue";

// Where this number's leads land, by the rules distribution follows; a warning when nobody gets them.
export function LeadQueueNotice({ channelId, queue }: { channelId: string; queue: ChannelLeadQueue }) {
  const t = useTranslations("channels.leadQueue");
  if (queue && queue.eligibleMembers > 0) {
    return (
      <p role="status" data-testid="channel-lead-queue" className="rounded-md border border-line bg-surface-muted p-3 text-sm">
        {t("routed", { name: queue.name, count: queue.eligibleMembers })}
      </p>
    );
  }
  return (
    <div role="alert" className="flex flex-col gap-2 rounded-md border border-warning bg-warning-soft p-3 text-sm">
      <p data-testid="channel-lead-queue">
        <span aria-hidden>⚠ </span>
        {queue ? t("unstaffed", { name: queue.name }) : t("none")}
      </p>
      <p className="flex flex-wrap gap-4 font-medium">
        <Link href={`/settings/channels/${channelId}/links`} className="text-brand underline">
          {t("fixLinks")}
        </Link>
        <Link href="/settings/queues" className="text-brand underline">
          {t("fixQueues")}
        </Link>
      </p>
    </div>
  );
}
