"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { HeaderCell, Table, TableHeader } from "@/app/_components/ui/table";
import { api } from "@/app/_trpc/client";

type Usage = { requests: number; errors: number; inputTokens: number; outputTokens: number };

// Tokens are the cost: the provider bills them, so the table shows them rather than a currency.
export function AssistantUsageCard({ channelId }: { channelId: string }) {
  const t = useTranslations("channels.assistant");
  const tc = useTranslations("channels");
  const format = useFormatter();
  const usage = api.channels.assistantUsage.useQuery({ channelId });
  // A São Paulo calendar day, read at noon UTC so no time zone moves it.
  const dayLabel = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { weekday: "short", day: "2-digit", month: "2-digit" });
  const figures = (u: Usage) => (
    <>
      <td className="px-4 py-2 text-right tabular-nums">{format.number(u.requests)}</td>
      <td className="px-4 py-2 text-right tabular-nums">{u.errors ? <span className="font-medium text-danger">{format.number(u.errors)}</span> : "0"}</td>
      <td className="px-4 py-2 text-right tabular-nums">{format.number(u.inputTokens)}</td>
      <td className="px-4 py-2 text-right tabular-nums">{format.number(u.outputTokens)}</td>
    </>
  );

  return (
    <Card aria-labelledby="assistant-usage-title">
      <h2 id="assistant-usage-title" className="text-lg font-semibold">
        {t("usageTitle")}
      </h2>
      <p className="mb-4 text-sm text-ink-muted">{t("usageDescription")}</p>
      {usage.isLoading ? (
        <div aria-busy className="flex flex-col gap-2">
          <Skeleton className="h-8" />
          <Skeleton className="h-8" />
          <Skeleton className="h-8" />
        </div>
      ) : !usage.data ? (
        <EmptyState title={usage.error?.message ?? t("loadFailed")} action={<Button variant="secondary" onClick={() => usage.refetch()}>{tc("retry")}</Button>} />
      ) : usage.data.days.length === 0 ? (
        <EmptyState title={t("usageEmpty")} hint={t("usageEmptyHint")} />
      ) : (
        <Table data-testid="assistant-usage">
          <TableHeader>
            <HeaderCell>{t("columns.day")}</HeaderCell>
            <HeaderCell>{t("columns.feature")}</HeaderCell>
            <HeaderCell className="text-right">{t("columns.requests")}</HeaderCell>
            <HeaderCell className="text-right">{t("columns.errors")}</HeaderCell>
            <HeaderCell className="text-right">{t("columns.inputTokens")}</HeaderCell>
            <HeaderCell className="text-right">{t("columns.outputTokens")}</HeaderCell>
          </TableHeader>
          {/* One row group per day: its date heads the group's rows. */}
          {usage.data.days.map((day) => (
            <tbody key={day.day} className="border-t border-line">
              {day.features.map((feature, index) => (
                <tr key={feature.feature}>
                  {index === 0 ? (
                    <th scope="rowgroup" rowSpan={day.features.length} className="px-4 py-2 text-left align-top font-medium whitespace-nowrap">
                      <time dateTime={day.day}>{dayLabel(day.day)}</time>
                    </th>
                  ) : null}
                  <td className="px-4 py-2">{t(`features.${feature.feature}`)}</td>
                  {figures(feature)}
                </tr>
              ))}
            </tbody>
          ))}
          <tfoot>
            <tr className="border-t-2 border-line bg-surface-muted font-medium">
              <th scope="row" colSpan={2} className="px-4 py-2 text-left">
                {t("total")}
              </th>
              {figures(usage.data.total)}
            </tr>
          </tfoot>
        </Table>
      )}
    </Card>
  );
}
