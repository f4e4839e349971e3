import "server-only";
import type { Prisma } from "@/generated/prisma/client";

export const CONVERSATION_LIST_SELECT = {
  id: true,
  status: true,
  windowExpiresAt: true,
  lastMessageAt: true,
  lastMessagePreview: true,
  lastMessageType: true,
  lastMessageDirection: true,
  lastMessageStatus: true,
  unreadCount: true,
  assignee: { select: { id: true, name: true } },
  lead: { select: { id: true, name: true, phoneE164: true } },
  channel: { select: { id: true, name: true, mode: true } },
} satisfies Prisma.ConversationSelect;

export type ConversationListItem = Prisma.ConversationGetPayload<{ select: typeof CONVERSATION_LIST_SELECT }>;
