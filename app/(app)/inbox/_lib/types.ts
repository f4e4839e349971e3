import type { RouterOutputs } from "@/app/_trpc/client";

export type ConversationListPage = RouterOutputs["inbox"]["list"];
export type ConversationRow = ConversationListPage["items"][number];
export type ConversationDetail = RouterOutputs["inbox"]["conversation"];
export type MessagesPage = RouterOutputs["inbox"]["messages"];
export type ChatMessage = MessagesPage["items"][number];
export type TimelineEvent = RouterOutputs["inbox"]["events"][number];
export type InboxChannelOption = RouterOutputs["inbox"]["channels"][number];
