"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { rejectedReasonText } from "@/app/_i18n/stored-texts";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { useToast } from "@/app/_components/ui/toast";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { examplesByKind, renderTemplateBody } from "@/server/services/templates/template-variables";
import { RelativeTime } from "../../_components/relative-time";
import { TemplateStatusBadge } from "./_components/template-status-badge";

type Template = RouterOutputs["templates"]["list"][number];

export function TemplateCard({ channelId, template, onDelete, onChanged }: { channelId: string; template: Template; onDelete: () => void; onChanged: () => Promise<unknown> }) {
  const t = useTranslations("templates");
  const tAll = useTranslations();
  const router = useRouter();
  const toast = useToast();
  const onError = (error: { message: string }) => toast({ title: error.message, tone: "error" });
  const submit = api.templates.submit.useMutation({ onSuccess: () => onChanged(), onError });
  const duplicate = api.templates.duplicate.useMutation({
    onSuccess: (copy) => {
      toast({ title: t("duplicated", { name: copy.name }), tone: "success" });
      router.push(`/settings/channels/${channelId}/templates/${copy.id}`);
    },
    onError,
  });
  const href = `/settings/channels/${channelId}/templates/${template.id}`;
  const canSubmit = template.status === "DRAFT" && (!template.inFlight || template.submissionStale);

  return (
    <Card className="flex h-full flex-col gap-3" data-testid={`template-${template.name}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 className="font-mono text-sm font-semibold break-all">{template.name}</h2>
          <p className="text-xs text-ink-muted">
            {t(`category.${template.category}`)} · {t(`language.${template.language}`)}
          </p>
        </div>
        <TemplateStatusBadge status={template.status} inFlight={template.inFlight} />
      </div>
      <p className="line-clamp-4 rounded-md bg-surface-muted p-3 text-sm whitespace-pre-wrap">{renderTemplateBody(template, examplesByKind(template.variables))}</p>
      {template.headerFormat !== "NONE" || template.footer || template.buttons.length ? (
        <p className="text-xs text-ink-muted" data-testid="template-parts">
          {[
            template.headerFormat !== "NONE" ? t(`parts.header.${template.headerFormat}`) : null,
            template.footer ? t("parts.footer") : null,
            template.buttons.length ? t("parts.buttons", { count: template.buttons.length }) : null,
            template.buttons.some((b) => b.type === "QUICK_REPLY" && b.optOut) ? t("parts.optOut") : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      ) : null}
      {template.status === "REJECTED" ? (
        <p className="text-sm text-danger">
          <span className="font-medium">{t("rejectedReason")}</span> {template.rejectedReason ? rejectedReasonText(tAll, template.rejectedReason) : t("noReason")} {t("rejectedNext")}
        </p>
      ) : null}
      {template.inFlight ? <p className="text-sm text-ink-muted" role="status">{template.submissionStale ? t("sendingStale") : t("sendingHint")}</p> : null}
      {template.status === "PENDING" ? <p className="text-sm text-ink-muted">{t("pendingHint")}</p> : null}
      <p className="text-xs text-ink-muted">
        {template.submittedAt ? (
          <>
            {t("submitted")} <RelativeTime date={template.submittedAt} never="" />
          </>
        ) : (
          <>
            {t("updated")} <RelativeTime date={template.updatedAt} never="" />
          </>
        )}
      </p>
      <div className="mt-auto flex flex-wrap gap-2">
        {canSubmit ? (
          <Button size="sm" onClick={() => submit.mutate({ templateId: template.id })} disabled={submit.isPending} aria-busy={submit.isPending}>
            {template.inFlight ? t("submitAgain") : t("submit")}
          </Button>
        ) : null}
        <Button asChild size="sm" variant="secondary">
          <Link href={href} aria-label={`${template.editable ? (template.status === "REJECTED" ? t("editResubmit") : t("edit")) : t("view")} ${template.name}`}>
            {template.editable ? (template.status === "REJECTED" ? t("editResubmit") : t("edit")) : t("view")}
          </Link>
        </Button>
        <Button size="sm" variant="ghost" onClick={() => duplicate.mutate({ templateId: template.id })} disabled={duplicate.isPending} aria-label={`${t("duplicate")} ${template.name}`}>
          {t("duplicate")}
        </Button>
        <Button size="sm" variant="ghost" className="text-danger" onClick={onDelete} aria-label={`${t("delete")} ${template.name}`}>
          {t("delete")}
        </Button>
      </div>
    </Card>
  );
}
