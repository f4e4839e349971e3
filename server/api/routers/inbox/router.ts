import { router } from "@/server/api/trpc";
import {
  assignableUsersProcedure,
  channelsProcedure,
  conversationProcedure,
  eventsProcedure,
  leadPanelProcedure,
  materialsProcedure,
  notificationProcedure,
  quickRepliesProcedure,
  templatesProcedure,
} from "./conversation";
import { conversationListItemProcedure, listConversationsProcedure, unreadSummaryProcedure } from "./list-conversations";
import { assignProcedure, closeProcedure, markReadProcedure } from "./manage";
import { messageProcedure, messagesProcedure } from "./messages";
import { retryProcedure, sendMaterialProcedure, sendTemplateProcedure, sendTextProcedure } from "./send";

export const inboxRouter = router({
  list: listConversationsProcedure,
  listItem: conversationListItemProcedure,
  unreadSummary: unreadSummaryProcedure,
  conversation: conversationProcedure,
  events: eventsProcedure,
  leadPanel: leadPanelProcedure,
  messages: messagesProcedure,
  message: messageProcedure,
  quickReplies: quickRepliesProcedure,
  materials: materialsProcedure,
  templates: templatesProcedure,
  assignableUsers: assignableUsersProcedure,
  channels: channelsProcedure,
  notification: notificationProcedure,
  markRead: markReadProcedure,
  assign: assignProcedure,
  close: closeProcedure,
  sendText: sendTextProcedure,
  sendMaterial: sendMaterialProcedure,
  sendTemplate: sendTemplateProcedure,
  retry: retryProcedure,
});
