"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { TemplateForm } from "./template-form";

type Props = { channelId: string; channelName: string; canHoldTemplates: boolean; templateId?: string };

export function TemplateEditor({ channelId, channelName, canHoldTemplates, templateId }: Props) {
  const t = useTranslations("templates");
  const existing = api.templates.get.useQuery({ templateId: templateId ?? "" }, { enabled: Boolean(templateId) });
  const back = (
    <Button asChild variant="secondary">
      <Link href={`/settings/channels/${channelId}/templates`}>{t("backToList")}</Link>
    </Button>
  );
  if (!canHoldTemplates) return <EmptyState title={t("cannotHold")} hint={t("cannotHoldHint")} action={back} />;
  if (!templateId) return <TemplateForm channelId={channelId} channelName={channelName} />;
  if (existing.isLoading) return <Skeleton className="h-96" />;
  if (!existing.data || existing.data.channelId !== channelId) return <EmptyState title={existing.error?.message ?? t("notFound")} action={back} />;
  return <TemplateForm key={existing.data.updatedAt.toISOString()} channelId={channelId} channelName={channelName} template={existing.data} />;
}
