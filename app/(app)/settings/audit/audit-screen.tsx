"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { AuditFilters, NO_FILTER, type AuditFilterFields } from "./audit-filters";
import { useDescribeEntry } from "./use-describe-entry";
import { HeaderCell, Table, TableHeader } from "@/app/_components/ui/table";

const PAGE_SIZE = 50;

// Dates are whole days in the browser's time zone; "até" includes the whole final day.
const startOfDay = (date: string) => (date ? new Date(`${date}T00:00:00`) : undefined);
function dayAfter(date: string) {
  const start = startOfDay(date);
  if (!start) return undefined;
  start.setDate(start.getDate() + 1);
  return start;
}

export function AuditScreen() {
  const t = useTranslations("audit");
  const format = useFormatter();
  const { describe, entityLabel } = useDescribeEntry();
  const [fields, setFields] = useState<AuditFilterFields>(NO_FILTER);
  const invalidRange = Boolean(fields.from && fields.to && fields.from > fields.to);
  const input = {
    actorId: fields.actorId || undefined,
    entityType: fields.entityType || undefined,
    action: fields.action || undefined,
    from: startOfDay(fields.from),
    to: dayAfter(fields.to),
    limit: PAGE_SIZE,
  };
  const entries = api.audit.list.useInfiniteQuery(input, { getNextPageParam: (last) => last.nextCursor ?? undefined, enabled: !invalidRange });
  const rows = entries.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="flex flex-col gap-4">
      <AuditFilters value={fields} onChange={setFields} />
      {invalidRange ? (
        <p role="alert" className="text-sm text-danger">
          {t("dateRangeInvalid")}
        </p>
      ) : entries.isLoading ? (
        <div className="flex flex-col gap-2">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-10" />
          ))}
        </div>
      ) : rows.length === 0 ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} />
      ) : (
        <>
          <Table>
            <TableHeader>
              <HeaderCell className="whitespace-nowrap">{t("when")}</HeaderCell>
              <HeaderCell>{t("who")}</HeaderCell>
              <HeaderCell>{t("what")}</HeaderCell>
            </TableHeader>
            <tbody>
              {rows.map((entry) => (
                <tr key={entry.id} className="border-t border-line align-top" data-testid="audit-row">
                  <td className="px-4 py-3 whitespace-nowrap text-ink-muted">
                    <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, { dateStyle: "short", timeStyle: "short" })}</time>
                  </td>
                  <td className="px-4 py-3">{entry.actor?.name ?? t("system")}</td>
                  <td className="px-4 py-3">
                    <div>{describe(entry)}</div>
                    <div className="text-xs text-ink-faint">{entityLabel(entry.entityType)}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          {entries.hasNextPage ? (
            <Button variant="secondary" className="self-center" onClick={() => entries.fetchNextPage()} disabled={entries.isFetchingNextPage}>
              {entries.isFetchingNextPage ? t("loading") : t("loadMore")}
            </Button>
          ) : (
            <p className="text-center text-xs text-ink-faint">{t("end")}</p>
          )}
        </>
      )}
    </div>
  );
}
