"use client";

import { useSelectedLayoutSegment } from "next/navigation";
import type { ReactNode } from "react";
import { ConnectionBanner } from "@/app/_realtime/connection-banner";
import { cn } from "@/app/_components/ui/cn";
import { InboxUserProvider, type InboxUser } from "../_lib/inbox-user";
import type { ConversationListPage, InboxChannelOption } from "../_lib/types";
import { ConversationList } from "./list/conversation-list";

type Props = { me: InboxUser; initialList: ConversationListPage; channels: InboxChannelOption[]; children: ReactNode };

// Desktop: list · chat (· lead panel, inside the chat). Phones (< 640 px): one pane at a time.
export function InboxShell({ me, initialList, channels, children }: Props) {
  const selectedId = useSelectedLayoutSegment();
  return (
    <InboxUserProvider user={me}>
      <div className="flex h-[calc(100dvh-3.5rem)] flex-col">
        <ConnectionBanner />
        <div className="flex min-h-0 flex-1">
          <aside className={cn("flex w-full flex-col border-r border-line bg-surface sm:w-[360px] sm:shrink-0", selectedId && "max-sm:hidden")}>
            <ConversationList initialPage={initialList} channels={channels} selectedId={selectedId} />
          </aside>
          <section className={cn("min-w-0 flex-1 bg-surface-muted", !selectedId && "max-sm:hidden")}>{children}</section>
        </div>
      </div>
    </InboxUserProvider>
  );
}
