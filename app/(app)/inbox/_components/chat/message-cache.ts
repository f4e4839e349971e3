import type { ChatMessage, MessagesPage } from "../../_lib/types";

type Pages<P> = { pages: MessagesPage[]; pageParams: P[] };

const newestFirst = (a: ChatMessage, b: ChatMessage) => +b.createdAt - +a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Insert or replace one message by id: a push and a refetch of the same message never double it. */
export function upsertMessage<P>(data: Pages<P> | undefined, message: ChatMessage): Pages<P> | undefined {
  if (!data) return data;
  let found = false;
  const pages = data.pages.map((page) => {
    if (!page.items.some((item) => item.id === message.id)) return page;
    found = true;
    return { ...page, items: page.items.map((item) => (item.id === message.id ? message : item)) };
  });
  if (found) return { ...data, pages };
  const [first, ...rest] = pages;
  if (!first) return data;
  return { ...data, pages: [{ ...first, items: [message, ...first.items].sort(newestFirst) }, ...rest] };
}

/** Every loaded message once, oldest first (the order the chat shows them). */
export function flattenMessages<P>(data: Pages<P> | undefined): ChatMessage[] {
  const byId = new Map<string, ChatMessage>();
  for (const page of data?.pages ?? []) for (const item of page.items) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => -newestFirst(a, b));
}
