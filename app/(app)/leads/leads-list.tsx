"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { SearchInput } from "@/app/_components/ui/input";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { isFiltered, leadFilterInput, NO_FILTERS, type LeadFilters } from "./_lib/lead-filters";
import { useDebounced } from "./_lib/use-debounced";
import { LeadFiltersBar } from "./lead-filters-bar";
import { LeadRow } from "./lead-row";

type Page = RouterOutputs["leads"]["list"];

export function LeadsList({ firstPage }: { firstPage: Page }) {
  const t = useTranslations("leads");
  const [search, setSearch] = useState("");
  const [filters, setFilters] = useState<LeadFilters>(NO_FILTERS);
  const term = useDebounced(search.trim());
  const filtered = isFiltered(filters);
  const leads = api.leads.list.useInfiniteQuery(
    { search: term || undefined, ...leadFilterInput(filters), limit: 25 },
    {
      getNextPageParam: (page) => page.nextCursor,
      // The server rendered the first page without a search: show it at once, no spinner.
      initialData: term || filtered ? undefined : { pages: [firstPage], pageParams: [null] },
    },
  );
  const items = leads.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <SearchInput label={t("searchLabel")} placeholder={t("searchPlaceholder")} value={search} onSearch={setSearch} className="max-w-md" />
        <LeadFiltersBar filters={filters} onChange={setFilters} />
      </div>
      {leads.isLoading ? (
        <div className="flex flex-col gap-2" aria-busy>
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="h-16" />
          ))}
        </div>
      ) : leads.isError ? (
        <EmptyState title={t("loadError")} action={<Button variant="secondary" onClick={() => void leads.refetch()}>{t("retry")}</Button>} />
      ) : items.length === 0 ? (
        term ? (
          <EmptyState title={t("noResults", { search: term })} hint={t("noResultsHint")} />
        ) : filtered ? (
          <EmptyState title={t("filters.noResults")} />
        ) : (
          <EmptyState title={t("empty")} hint={t("emptyHint")} />
        )
      ) : (
        <div className="overflow-hidden rounded-card border border-line bg-surface">
          <div className="hidden grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1.5fr)_minmax(0,1.5fr)_8rem] gap-4 bg-surface-muted px-4 py-3 text-sm font-medium text-ink-muted lg:grid" aria-hidden>
            <span>{t("columns.lead")}</span>
            <span>{t("columns.owner")}</span>
            <span>{t("columns.developments")}</span>
            <span>{t("columns.tags")}</span>
            <span>{t("columns.lastInteraction")}</span>
          </div>
          <ul aria-label={t("title")} data-testid="leads-list">
            {items.map((lead) => (
              <LeadRow key={lead.id} lead={lead} />
            ))}
          </ul>
        </div>
      )}
      {leads.hasNextPage ? (
        <Button variant="secondary" className="self-center" disabled={leads.isFetchingNextPage} onClick={() => void leads.fetchNextPage()}>
          {leads.isFetchingNextPage ? t("loadingMore") : t("loadMore")}
        </Button>
      ) : null}
    </div>
  );
}
