"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { ChannelSettingsForm } from "./channel-settings-form";
import { IntegrationCard } from "./integration-card";
import { LeadQueueNotice } from "./lead-queue-notice";
import { ReceptionCheckCard } from "./reception-check-card";
import { SendTestCard } from "./send-test-card";

export function ChannelGeneral({ channelId }: { channelId: string }) {
  const t = useTranslations("channels");
  const channel = api.channels.get.useQuery({ channelId });
  if (channel.isLoading) {
    return (
      <div className="grid gap-6 lg:grid-cols-2" aria-busy>
        <Skeleton className="h-96" />
        <Skeleton className="h-96" />
      </div>
    );
  }
  if (!channel.data) return <EmptyState title={channel.error?.message ?? t("loadFailed")} action={<Button variant="secondary" onClick={() => channel.refetch()}>{t("retry")}</Button>} />;
  const data = channel.data;
  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <div className="lg:col-span-2">
        <LeadQueueNotice channelId={data.id} queue={data.leadQueue} />
      </div>
      {/* Remounted when the saved row changes, so the form always starts from what is stored. */}
      <ChannelSettingsForm key={data.updatedAt.toISOString()} channel={data} />
      <IntegrationCard channel={data} />
      <SendTestCard channelId={data.id} />
      <ReceptionCheckCard channelId={data.id} displayPhoneNumber={data.displayPhoneNumber} />
    </div>
  );
}
