"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { HistoryItem } from "./history-item";

type Page = RouterOutputs["leads"]["history"];

export function LeadHistory({ leadId, firstPage }: { leadId: string; firstPage: Page }) {
  const t = useTranslations("leads.history");
  const history = api.leads.history.useInfiniteQuery(
    { leadId, limit: 30 },
    { getNextPageParam: (page) => page.nextCursor, initialData: { pages: [firstPage], pageParams: [null] } },
  );
  const items = history.data?.pages.flatMap((page) => page.items) ?? [];
  const now = new Date();
  return (
    <Card aria-labelledby="lead-history-title">
      <h2 id="lead-history-title" className="mb-3 font-semibold">
        {t("title")}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col" data-testid="lead-history">
          {items.map((event) => (
            <HistoryItem key={event.id} event={event} now={now} />
          ))}
        </ol>
      )}
      {history.isError ? (
        <p role="alert" className="mt-3 text-sm text-danger">
          {t("loadError")}
        </p>
      ) : null}
      {history.hasNextPage ? (
        <Button variant="secondary" className="mt-3" disabled={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
          {t("loadMore")}
        </Button>
      ) : null}
    </Card>
  );
}
