"use client";

import { useTranslations } from "next-intl";
import { SearchInput } from "@/app/_components/ui/input";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { cn } from "@/app/_components/ui/cn";
import type { InboxChannelOption } from "../../_lib/types";
import type { ListFilters } from "./list-filters";

type Props = { filters: ListFilters; onChange: (next: ListFilters) => void; channels: InboxChannelOption[]; manages: boolean };

export function ConversationFilters({ filters, onChange, channels, manages }: Props) {
  const t = useTranslations("inbox.filters");
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });
  const scopes = manages ? (["all", "mine", "queues", "unassigned"] as const) : (["all", "queues"] as const);
  return (
    <div className="flex flex-col gap-2 border-b border-line px-3 pb-3">
      <SearchInput label={t("search")} placeholder={t("searchPlaceholder")} value={filters.search} onSearch={(search) => set({ search })} />
      <div role="group" aria-label={t("scope")} className="flex flex-wrap gap-1">
        {scopes.map((scope) => (
          <button
            key={scope}
            type="button"
            aria-pressed={filters.scope === scope}
            onClick={() => set({ scope })}
            className={cn(
              "min-h-11 rounded-full border px-3 text-xs font-medium sm:min-h-8",
              filters.scope === scope ? "border-brand bg-brand-soft text-brand" : "border-line text-ink-muted hover:bg-surface-muted",
            )}
          >
            {t(manages ? `scopes.${scope}` : scope === "all" ? "scopes.mineOnly" : `scopes.${scope}`)}
          </button>
        ))}
        <button
          type="button"
          aria-pressed={filters.closingSoon}
          onClick={() => set({ closingSoon: !filters.closingSoon })}
          className={cn(
            "min-h-11 rounded-full border px-3 text-xs font-medium sm:min-h-8",
            filters.closingSoon ? "border-warning bg-warning-soft text-warning" : "border-line text-ink-muted hover:bg-surface-muted",
          )}
        >
          {t("closingSoon")}
        </button>
      </div>
      <div className="flex gap-2">
        <NativeSelect aria-label={t("channel")} value={filters.channelId} onChange={(e) => set({ channelId: e.target.value })} className="h-11 text-xs sm:h-9">
          <option value="">{t("allChannels")}</option>
          {channels.map((channel) => (
            <option key={channel.id} value={channel.id}>
              {channel.name}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect aria-label={t("state")} value={filters.state} onChange={(e) => set({ state: e.target.value as ListFilters["state"] })} className="h-11 text-xs sm:h-9">
          <option value="">{t("states.any")}</option>
          <option value="open">{t("states.open")}</option>
          <option value="expired">{t("states.expired")}</option>
          <option value="closed">{t("states.closed")}</option>
        </NativeSelect>
      </div>
    </div>
  );
}
