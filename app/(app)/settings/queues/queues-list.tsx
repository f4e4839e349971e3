"use client";

import { useTranslations } from "next-intl";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { QueueCard } from "./queue-card";

export function QueuesList() {
  const t = useTranslations("queues");
  const queues = api.queues.list.useQuery();
  if (queues.isLoading) {
    return (
      <div className="flex flex-col gap-3">
        {Array.from({ length: 2 }, (_, i) => (
          <Skeleton key={i} className="h-32" />
        ))}
      </div>
    );
  }
  if (!queues.data?.length) return <EmptyState title={t("empty")} hint={t("emptyHint")} />;
  return (
    <ul className="flex flex-col gap-3">
      {queues.data.map((queue) => (
        <li key={queue.id}>
          <QueueCard queue={queue} />
        </li>
      ))}
    </ul>
  );
}
