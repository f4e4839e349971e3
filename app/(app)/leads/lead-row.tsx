"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/app/_components/ui/badge";
import type { RouterOutputs } from "@/app/_trpc/client";
import { formatFull, formatWhen } from "./_lib/format-when";
import { budgetText } from "./_lib/qualification-text";

type Lead = RouterOutputs["leads"]["list"]["items"][number];

export function LeadRow({ lead }: { lead: Lead }) {
  const t = useTranslations("leads");
  const locale = useLocale();
  const budget = budgetText(t, locale, lead.budgetMin, lead.budgetMax);
  const words = { today: t("when.today"), yesterday: t("when.yesterday") };
  const label = (text: string) => <span className="text-xs text-ink-faint lg:hidden">{text}: </span>;
  return (
    <li className="relative grid gap-2 border-t border-line px-4 py-3 text-sm first:border-t-0 hover:bg-surface-muted lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1.5fr)_minmax(0,1.5fr)_8rem] lg:items-center lg:gap-4" data-testid="lead-row">
      <div className="min-w-0">
        {/* The whole row is clickable through the name's link (its ::after covers the row). */}
        <Link href={`/leads/${lead.id}`} className="font-medium text-ink after:absolute after:inset-0 hover:underline">
          {lead.name ?? t("unnamed")}
        </Link>
        <div className="text-ink-muted">{lead.phoneDisplay ?? t("noPhone")}</div>
        {lead.bedrooms !== null || budget || lead.financing || lead.visitWanted ? (
          <div className="mt-1 flex flex-wrap gap-1" data-testid="lead-qualification-badges">
            {lead.bedrooms !== null ? <Badge>{t("filters.bedroomsValue", { count: lead.bedrooms })}</Badge> : null}
            {budget ? <Badge>{budget}</Badge> : null}
            {lead.financing ? <Badge>{t(`qualification.financing.${lead.financing}`)}</Badge> : null}
            {lead.visitWanted ? <Badge tone="success">{t("filters.visitWanted")}</Badge> : null}
          </div>
        ) : null}
      </div>
      <div>
        {label(t("columns.owner"))}
        {lead.owner?.name ?? <span className="text-ink-faint">{t("noOwner")}</span>}
      </div>
      <div className="flex flex-wrap items-center gap-1">
        {label(t("columns.developments"))}
        {lead.developments.length ? lead.developments.map((d) => <Badge key={d.id} tone="brand">{d.name}</Badge>) : <span className="text-ink-faint">{t("none")}</span>}
      </div>
      <div className="flex flex-wrap items-center gap-1">
        {label(t("columns.tags"))}
        {lead.tags.length ? lead.tags.map((tag) => <Badge key={tag.id}>#{tag.name}</Badge>) : <span className="text-ink-faint">{t("none")}</span>}
      </div>
      <div className="text-ink-muted">
        {label(t("columns.lastInteraction"))}
        {lead.lastInteractionAt ? (
          <time dateTime={lead.lastInteractionAt.toISOString()} title={formatFull(lead.lastInteractionAt)}>
            {formatWhen(lead.lastInteractionAt, new Date(), words)}
          </time>
        ) : (
          t("noInteraction")
        )}
      </div>
    </li>
  );
}
