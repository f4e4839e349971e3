import type { ReactNode } from "react";
import { serverApi } from "@/app/_trpc/server";
import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny, requireAny } from "../_components/current-user";
import { InboxShell } from "./_components/inbox-shell";
import { DEFAULT_LIST_LIMIT } from "./_components/list/list-filters";

// The list lives in the layout so it stays put (scroll, filters, live updates) while the broker
// moves between conversations; it arrives with data on the first paint.
export default async function InboxLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  requireAny(user, [Permission.INBOX_USE]);
  const api = await serverApi();
  const [firstPage, channels] = await Promise.all([api.inbox.list({ scope: "all", limit: DEFAULT_LIST_LIMIT }), api.inbox.channels()]);
  const me = { id: user.id, name: user.name, manages: hasAny(user, [Permission.INBOX_MANAGE]) };
  return (
    <InboxShell me={me} initialList={firstPage} channels={channels}>
      {children}
    </InboxShell>
  );
}
