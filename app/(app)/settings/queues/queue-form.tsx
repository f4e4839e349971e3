"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { PageHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { QueueFields } from "./queue-fields";

export function QueueForm({ id }: { id?: string }) {
  const t = useTranslations("queues.form");
  const queue = api.queues.get.useQuery({ id: id ?? "" }, { enabled: Boolean(id) });
  const options = api.queues.formOptions.useQuery();
  const back = (
    <Link href="/settings/queues" className="text-sm text-brand underline-offset-2 hover:underline">
      ← {t("back")}
    </Link>
  );
  if (options.isLoading || (id && queue.isLoading)) return <Skeleton className="h-96" />;
  if (id && !queue.data) return <EmptyState title={t("notFound")} action={back} />;
  if (!options.data) return null;
  return (
    <>
      {back}
      <PageHeader title={id ? t("editTitle") : t("newTitle")} />
      <QueueFields key={queue.data?.id ?? "new"} queue={queue.data} options={options.data} />
    </>
  );
}
