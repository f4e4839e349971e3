"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { lastMessageLineText } from "@/app/_i18n/last-message-line";
import { failureText, notificationText } from "@/app/_i18n/stored-texts";
import { notifyInBrowser } from "@/app/_realtime/browser-notifications";
import { useChannelEvents, useOnReconnect } from "@/app/_realtime/use-channel-events";
import { templateDecisionToastKey, useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import { inboxChannel } from "@/server/realtime/channels";
import { leadDisplayName } from "../_lib/format";
import { useInboxUser } from "../_lib/inbox-user";
import { useThrottledCallback } from "../_lib/use-throttled-callback";

const APP_TITLE = "Comunicador";

// New messages and assignments for this user: a toast, a browser notification while the tab is
// hidden, and "(3) Comunicador" in the tab title.
// Mounted once for the whole signed-in app, so toasts and the title count work on every page.
export function InboxNotifications() {
  const t = useTranslations("inbox.notifications");
  const tInbox = useTranslations("inbox");
  const tAll = useTranslations();
  const me = useInboxUser();
  const toast = useToast();
  const router = useRouter();
  const pathname = usePathname();
  const selectedId = /^\/inbox\/([^/]+)/.exec(pathname)?.[1] ?? null;
  const utils = api.useUtils();
  const unread = api.inbox.unreadSummary.useQuery(undefined, { staleTime: 10_000 });
  const refreshUnread = useThrottledCallback(() => void utils.inbox.unreadSummary.invalidate(), 300);

  const count = unread.data?.conversations ?? 0;
  useEffect(() => {
    document.title = count > 0 ? `(${count}) ${APP_TITLE}` : APP_TITLE;
  }, [count, pathname]);

  useChannelEvents(inboxChannel(me.id), {
    "message.created": async ({ conversationId }) => {
      refreshUnread();
      const watching = conversationId === selectedId && document.visibilityState === "visible";
      if (watching) return;
      const item = await utils.client.inbox.listItem.query({ conversationId }).catch(() => null);
      if (!item || item.lastMessageDirection !== "INBOUND") return;
      const name = leadDisplayName(item.lead, tInbox("unnamedLead"));
      const title = t("newMessage", { name });
      const description = lastMessageLineText(tAll, item) ?? undefined;
      toast({ title, description });
      notifyInBrowser({ title, body: description, tag: `conversation-${conversationId}`, onClick: () => router.push(`/inbox/${conversationId}`) });
    },
    "message.updated": async ({ conversationId, messageId, status }) => {
      if (status !== "FAILED") return;
      const message = await utils.client.inbox.message.query({ conversationId, messageId }).catch(() => null);
      if (!message || message.sender?.id !== me.id || !message.error) return;
      toast({ title: t("messageFailed"), description: failureText(tAll, message.error.failure).title, tone: "error" });
    },
    "conversation.updated": refreshUnread,
    // A conversation read (or assigned) before this subscription, or while it was down, is counted now.
    subscribed: refreshUnread,
    "notification.created": async ({ notificationId }) => {
      refreshUnread();
      const notification = await utils.client.inbox.notification.query({ notificationId }).catch(() => null);
      if (!notification) return;
      const text = notificationText(tAll, notification);
      toast({
        title: text.title,
        description: text.body ?? undefined,
        key: notification.template ? templateDecisionToastKey(notification.template.id, notification.template.status) : undefined,
      });
      const target = notification.conversationId;
      notifyInBrowser({ title: text.title, tag: notification.id, onClick: target ? () => router.push(`/inbox/${target}`) : undefined });
    },
  });
  useOnReconnect(refreshUnread);
  return null;
}
