"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import { leadDisplayName } from "../../_lib/format";
import { useLeadPanel } from "../../_lib/use-lead-panel";
import type { ChatMessage, ConversationDetail, MessagesPage, TimelineEvent } from "../../_lib/types";
import { ChatHeader } from "./chat-header";
import { Composer } from "./composer";
import { LeadPanel } from "./lead-panel";
import { MessageList } from "./message-list";
import { TemplateDialog } from "./template-dialog";
import { buildTimeline } from "./timeline";
import { useConversationMessages } from "./use-conversation-messages";
import { useMarkRead } from "./use-mark-read";
import { useOutbox } from "./use-outbox";
import { useWindowState } from "./use-window-state";
import { WindowClosedPanel } from "./window-closed-panel";

type Props = { initialConversation: ConversationDetail; initialMessages: MessagesPage; initialEvents: TimelineEvent[] };

export function ConversationView({ initialConversation, initialMessages, initialEvents }: Props) {
  const t = useTranslations("inbox");
  const toast = useToast();
  const conversationId = initialConversation.id;
  const query = api.inbox.conversation.useQuery({ conversationId }, { initialData: initialConversation });
  const conversation = query.data;
  const markRead = useMarkRead(conversation);
  const { query: messagesQuery, messages, events, apply } = useConversationMessages({ conversationId, initialMessages, initialEvents, onInbound: markRead });
  const outbox = useOutbox(conversationId, apply);
  const windowState = useWindowState(conversation.windowExpiresAt, conversation.channel.windowHours);
  const [replyTo, setReplyTo] = useState<ChatMessage | null>(null);
  const [templateOpen, setTemplateOpen] = useState(false);
  // The assistant's proposed template; a new proposal opens a fresh dialog with it chosen.
  const [proposedTemplate, setProposedTemplate] = useState<string | null>(null);
  const [sentCount, setSentCount] = useState(0);
  const { open: panelOpen, toggle: togglePanel } = useLeadPanel();

  const retry = api.inbox.retry.useMutation({ onError: (error) => toast({ title: error.message, tone: "error" }) });
  const leadName = leadDisplayName(conversation.lead, t("unnamedLead"));
  const awaitingReply = conversation.status === "OPEN" && !conversation.windowExpiresAt && conversation.initiatedBy === "BUSINESS";
  const blocked = conversation.abilities.replyBlockedBy ?? (windowState.open ? null : awaitingReply ? "awaitingReply" : "windowClosed");
  const rows = buildTimeline({ messages, events, outbox: outbox.items, complete: !messagesQuery.hasNextPage });

  return (
    <div className="flex h-full min-h-0">
      <div className="flex min-w-0 flex-1 flex-col">
        <ChatHeader conversation={conversation} leadName={leadName} window={windowState} awaitingReply={awaitingReply} panelOpen={panelOpen} onTogglePanel={togglePanel} />
        <MessageList
          rows={rows}
          hasOlder={Boolean(messagesQuery.hasNextPage)}
          loadingOlder={messagesQuery.isFetchingNextPage}
          loadOlder={() => void messagesQuery.fetchNextPage()}
          onReply={setReplyTo}
          onRetry={(message) => retry.mutate({ conversationId, messageId: message.id })}
          onRetryOutbox={outbox.retry}
          onDiscardOutbox={outbox.discard}
          onSendTemplate={() => {
            setProposedTemplate(null);
            setTemplateOpen(true);
          }}
          sentCount={sentCount}
        />
        {blocked ? (
          <WindowClosedPanel
            conversation={conversation}
            reason={blocked}
            onSendTemplate={(templateId) => {
              setProposedTemplate(templateId ?? null);
              setTemplateOpen(true);
            }}
          />
        ) : (
          <Composer
            conversationId={conversationId}
            replyTo={replyTo}
            onCancelReply={() => setReplyTo(null)}
            onSend={(payload) => {
              outbox.enqueue(payload, replyTo);
              setReplyTo(null);
              setSentCount((n) => n + 1);
            }}
          />
        )}
      </div>
      <LeadPanel conversationId={conversationId} open={panelOpen} onClose={togglePanel} />
      <TemplateDialog key={proposedTemplate ?? "none"} conversationId={conversationId} open={templateOpen} onOpenChange={setTemplateOpen} preselectedId={proposedTemplate} />
    </div>
  );
}
