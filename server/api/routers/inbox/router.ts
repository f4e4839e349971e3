import "server-only";
import { router } from "@/server/api/trpc";
import { assign } from "./assign";
import { assignableUsers } from "./assignable-users";
import { channels } from "./channels";
import { close } from "./close";
import { conversation } from "./conversation";
import { events } from "./events";
import { leadPanel } from "./lead-panel";
import { list } from "./list";
import { listItem } from "./list-item";
import { markRead } from "./mark-read";
import { materials } from "./materials";
import { message } from "./message";
import { messages } from "./messages";
import { notification } from "./notification";
import { quickReplies } from "./quick-replies";
import { retry } from "./retry";
import { sendMaterial } from "./send-material";
import { sendTemplate } from "./send-template";
import { sendText } from "./send-text";
import { templates } from "./templates";
import { unreadSummary } from "./unread-summary";

export const inboxRouter = router({
  list,
  listItem,
  unreadSummary,
  conversation,
  events,
  leadPanel,
  messages,
  message,
  quickReplies,
  materials,
  templates,
  assignableUsers,
  channels,
  notification,
  markRead,
  assign,
  close,
  sendText,
  sendMaterial,
  sendTemplate,
  retry,
});
