"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useMemo, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { BulkCommunicationBar } from "./bulk-communication-bar";
import type { UserFilter } from "@/server/services/users/list-users";
import { emptySelection, type Selection } from "./user-filter";
import { UsersFilters } from "./users-filters";
import { UsersTable } from "./users-table";

const PAGE_SIZE = 50;

export function UsersScreen() {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const [search, setSearch] = useState("");
  const [filterFields, setFilterFields] = useState<UserFilter>({});
  const deferredSearch = useDeferredValue(search.trim());
  const filter = useMemo<UserFilter>(() => ({ ...filterFields, search: deferredSearch || undefined }), [filterFields, deferredSearch]);
  const filterKey = JSON.stringify(filter);
  // A selection belongs to the filter it was made under; another filter starts with none.
  const [selectionState, setSelectionState] = useState<{ key: string; selection: Selection }>({ key: filterKey, selection: emptySelection });
  const selection = selectionState.key === filterKey ? selectionState.selection : emptySelection;
  const setSelection = (next: Selection) => setSelectionState({ key: filterKey, selection: next });

  const users = api.users.list.useInfiniteQuery(
    { ...filter, limit: PAGE_SIZE },
    { getNextPageParam: (last) => (last.length === PAGE_SIZE ? last.at(-1)?.id : undefined) },
  );
  const total = api.users.count.useQuery(filter);
  const rows = useMemo(() => users.data?.pages.flat() ?? [], [users.data]);

  return (
    <div className="flex flex-col gap-4">
      <UsersFilters search={search} onSearch={setSearch} filter={filterFields} onFilter={setFilterFields} />
      <p className="text-sm text-ink-muted" aria-live="polite">
        {total.data === undefined ? "\u00a0" : t("matching", { count: total.data })}
      </p>
      {users.isLoading ? (
        <div className="flex flex-col gap-2">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="h-14" />
          ))}
        </div>
      ) : rows.length === 0 ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} />
      ) : (
        <>
          <UsersTable rows={rows} selection={selection} onSelection={setSelection} />
          {users.hasNextPage ? (
            <Button variant="secondary" className="self-center" onClick={() => users.fetchNextPage()} disabled={users.isFetchingNextPage}>
              {users.isFetchingNextPage ? tc("loading") : t("loadMore")}
            </Button>
          ) : null}
        </>
      )}
      <BulkCommunicationBar filter={filter} total={total.data ?? 0} selection={selection} onSelection={setSelection} />
    </div>
  );
}
