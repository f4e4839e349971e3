import "server-only";
import { ConversationStatus, Initiator, LeadEventType, MessageDirection, MessageStatus, MessageType } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { can, Permission, type Actor } from "@/server/auth/permissions";
import { conversationChannel, inboxChannel, managersInboxChannel, type Push } from "@/server/realtime/channels";
import { lastMessageLine } from "./message-preview";
import { conversationRefusal, refusalError } from "./template-eligibility";
import type { ComponentParams } from "./render-template-params";
import type { HeaderMedia, TemplateDisplay } from "./template-header-media";

export type RenderedTemplate = {
  /**
   * Meta's parameters: the body's ({{1}} first), or with a header text parameter or URL suffixes
   * (by button position) the object form message/send reads beside it.
   */
  params: string[] | ({ body: string[] } & ComponentParams);
  body: string;
  template: { id: string; name: string; language: string };
  display?: TemplateDisplay;
  /** A media header's file, uploaded to Meta by message/send (cached per channel like any material). */
  headerMedia?: HeaderMedia | null;
};

type OpenInput = { leadId: string; channel: { id: string; name: string; windowHours: number }; clientRequestId: string; rendered: RenderedTemplate };

export type Opened = { conversationId: string; messageId: string; assigneeId: string; previousAssigneeId: string | null; replyDeadline: Date | null };

/**
 * One transaction: the (lead, channel) conversation opened or re-opened as business-initiated,
 * the QUEUED template message, the lead's history lines and the conversation's last-message fields.
 */
export async function openWithTemplate(db: Db, actor: Actor, input: OpenInput, now = new Date()): Promise<Opened> {
  return db.$transaction(async (tx) => {
    const existing = await tx.conversation.findUnique({
      where: { leadId_channelId: { leadId: input.leadId, channelId: input.channel.id } },
      select: { id: true, status: true, initiatedBy: true, windowExpiresAt: true, assignee: { select: { id: true, name: true } } },
    });
    const problem = conversationRefusal(actor, existing);
    if (problem) throw refusalError(problem);

    const open = existing?.status === ConversationStatus.OPEN;
    const windowOpen = open && !!existing.windowExpiresAt && existing.windowExpiresAt > now;
    const awaitingReply = open && !existing.windowExpiresAt && existing.initiatedBy === Initiator.BUSINESS;
    // windowExpiresAt stays empty until the lead replies (the webhook sets it): the expiry job
    // closes an unanswered business-initiated conversation from its CONVERSATION_STARTED line.
    const restarting = !windowOpen && !awaitingReply;
    const previous = existing?.assignee?.id ?? null;
    // Whoever restarts a finished conversation gets the reply, unless a manager starts it for the team.
    const takeOver = restarting && previous !== null && previous !== actor.id && !can(actor, Permission.INBOX_MANAGE);
    const assigneeId = takeOver ? actor.id : (previous ?? actor.id);
    const last = {
      assigneeId,
      lastMessageAt: now,
      ...lastMessageLine({ type: MessageType.TEMPLATE, body: input.rendered.body }),
      lastMessageDirection: MessageDirection.OUTBOUND,
      lastMessageStatus: MessageStatus.QUEUED,
    };
    const restart = { status: ConversationStatus.OPEN, initiatedBy: Initiator.BUSINESS, windowExpiresAt: null, closedAt: null };
    const conversation = existing
      ? await tx.conversation.update({ where: { id: existing.id }, data: { ...last, ...(restarting ? restart : {}) }, select: { id: true } })
      : await tx.conversation.create({ data: { leadId: input.leadId, channelId: input.channel.id, ...last, ...restart }, select: { id: true } });

    const message = await tx.message.create({
      data: {
        conversationId: conversation.id,
        direction: MessageDirection.OUTBOUND,
        type: MessageType.TEMPLATE,
        status: MessageStatus.QUEUED,
        body: input.rendered.body,
        templateId: input.rendered.template.id,
        templateParams: input.rendered.params,
        content: { template: { name: input.rendered.template.name, language: input.rendered.template.language, ...(input.rendered.display ?? {}) } },
        ...(input.rendered.headerMedia
          ? {
              mediaAssetId: input.rendered.headerMedia.mediaAssetId,
              mediaMimeType: input.rendered.headerMedia.mimeType,
              mediaFileName: input.rendered.headerMedia.fileName,
              mediaSizeBytes: input.rendered.headerMedia.sizeBytes,
              // The chat keeps showing the file if the library later drops it (as for a sent material).
              mediaStorageKey: input.rendered.headerMedia.storageKey,
            }
          : {}),
        senderId: actor.id,
        clientRequestId: input.clientRequestId,
        createdAt: now,
      },
      select: { id: true },
    });

    const line = { leadId: input.leadId, conversationId: conversation.id, actorId: actor.id };
    const events: Prisma.LeadEventCreateManyInput[] = [];
    if (restarting) events.push({ ...line, type: LeadEventType.CONVERSATION_STARTED, data: { channelName: input.channel.name, reopened: !!existing }, createdAt: now });
    if (takeOver) events.push({ ...line, type: LeadEventType.CONVERSATION_ASSIGNED, data: { assigneeId, previousAssigneeId: previous }, createdAt: now });
    // One millisecond later so that, newest first, the template reads above the conversation start.
    events.push({
      ...line,
      type: LeadEventType.TEMPLATE_SENT,
      messageId: message.id,
      data: { templateName: input.rendered.template.name, channelName: input.channel.name },
      createdAt: new Date(+now + 1),
    });
    await tx.leadEvent.createMany({ data: events });

    return {
      conversationId: conversation.id,
      messageId: message.id,
      assigneeId,
      previousAssigneeId: takeOver ? previous : null,
      // A (re)started conversation closes if the lead does not reply within the channel's window.
      replyDeadline: restarting ? new Date(+now + input.channel.windowHours * 3_600_000) : null,
    };
  });
}

export function pushesFor(opened: Opened): Push[] {
  const { conversationId, messageId } = opened;
  const updated = { name: "conversation.updated" as const, data: { conversationId } };
  const inboxes = [opened.assigneeId, ...(opened.previousAssigneeId ? [opened.previousAssigneeId] : [])].map(inboxChannel);
  return [
    { channel: conversationChannel(conversationId), event: { name: "message.created", data: { conversationId, messageId } } },
    { channel: conversationChannel(conversationId), event: updated },
    ...inboxes.map((channel) => ({ channel, event: updated })),
    { channel: managersInboxChannel, event: updated },
  ];
}
