import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/card";
import type { RouterOutputs } from "@/app/_trpc/client";
import { formatFull } from "../_lib/format-when";

type Lead = RouterOutputs["leads"]["get"];

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs font-medium text-ink-faint uppercase">{label}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

export async function LeadSummary({ lead }: { lead: Lead }) {
  const t = await getTranslations("leads");
  return (
    <Card aria-labelledby="lead-data-title">
      <h2 id="lead-data-title" className="mb-3 font-semibold">
        {t("detail.data")}
      </h2>
      <dl className="grid gap-3">
        <Field label={t("detail.phone")}>{lead.phoneDisplay ?? t("noPhone")}</Field>
        {lead.email ? <Field label={t("detail.email")}>{lead.email}</Field> : null}
        <Field label={t("detail.owner")}>{lead.owner?.name ?? t("noOwner")}</Field>
        {lead.queue ? <Field label={t("detail.queue")}>{lead.queue.name}</Field> : null}
        <Field label={t("detail.origin")}>{t(`detail.origins.${lead.origin}`)}</Field>
        <Field label={t("detail.createdAt")}>{formatFull(lead.createdAt)}</Field>
        {lead.marketingOptOutAt ? (
          <Field label={t("detail.promotions")}>
            <span data-testid="lead-opted-out">{t("detail.optedOutSince", { when: formatFull(lead.marketingOptOutAt) })}</span>
          </Field>
        ) : null}
        <Field label={t("detail.developments")}>
          {lead.developments.length ? (
            <span className="flex flex-wrap gap-1" data-testid="lead-developments">
              {lead.developments.map((d) => (
                <Badge key={d.id} tone="brand">
                  {d.name}
                </Badge>
              ))}
            </span>
          ) : (
            <span className="text-ink-muted">{t("detail.noDevelopments")}</span>
          )}
        </Field>
        <Field label={t("detail.tags")}>
          {lead.tags.length ? (
            <span className="flex flex-wrap gap-1">
              {lead.tags.map((tag) => (
                <Badge key={tag.id}>#{tag.name}</Badge>
              ))}
            </span>
          ) : (
            <span className="text-ink-muted">{t("detail.noTags")}</span>
          )}
        </Field>
      </dl>
    </Card>
  );
}
