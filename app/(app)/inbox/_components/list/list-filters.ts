export const DEFAULT_LIST_LIMIT = 30;

export type ListFilters = {
  scope: "all" | "mine" | "queues" | "unassigned";
  channelId: string;
  state: "" | "open" | "expired" | "closed";
  closingSoon: boolean;
  search: string;
};

export const DEFAULT_FILTERS: ListFilters = { scope: "all", channelId: "", state: "", closingSoon: false, search: "" };

export const isDefault = (f: ListFilters) =>
  f.scope === DEFAULT_FILTERS.scope && !f.channelId && !f.state && !f.closingSoon && !f.search.trim();

/** The procedure's input for these filters (the cursor is added by the infinite query). */
export function listInput(f: ListFilters) {
  return {
    scope: f.scope,
    channelId: f.channelId || undefined,
    state: f.state || undefined,
    closingSoon: f.closingSoon || undefined,
    search: f.search.trim() || undefined,
    limit: DEFAULT_LIST_LIMIT,
  };
}
