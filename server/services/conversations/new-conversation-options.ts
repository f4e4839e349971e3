import "server-only";
import { ConversationStatus, TemplateStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { formatPhoneBR } from "@/server/meta/phone";
import { assertLeadVisible } from "@/server/services/leads/get-lead";
import { usesVariable } from "./render-template-params";
import {
  actorRefusals,
  checkTemplate,
  conversationRefusal,
  leadRefusal,
  NO_APPROVED_TEMPLATE,
  startableChannelWhere,
  type Refusal,
} from "./template-eligibility";

/**
 * What the "Nova conversa" dialog may offer for this lead: the startable channels with their
 * approved templates, and every reason that would refuse the send, so the dialog explains first.
 */
export async function newConversationOptions(db: Db, actor: Actor, input: { leadId: string }) {
  await assertLeadVisible(db, actor, input.leadId);
  const [lead, channels] = await Promise.all([
    db.lead.findUniqueOrThrow({
      where: { id: input.leadId },
      select: {
        id: true,
        name: true,
        phoneE164: true,
        waId: true,
        developments: { select: { id: true, name: true }, orderBy: { name: "asc" } },
        conversations: { select: { id: true, channelId: true, status: true, windowExpiresAt: true, assignee: { select: { id: true, name: true } } } },
      },
    }),
    db.channel.findMany({
      where: startableChannelWhere,
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        displayPhoneNumber: true,
        templates: {
          where: { status: TemplateStatus.APPROVED },
          orderBy: { name: "asc" },
          select: { id: true, name: true, language: true, category: true, body: true, variables: true, status: true },
        },
      },
    }),
  ]);

  const blockers: Refusal[] = [...actorRefusals(actor)];
  const leadProblem = leadRefusal(lead);
  if (leadProblem) blockers.push(leadProblem);
  if (channels.length === 0) blockers.push({ code: "PRECONDITION_FAILED", key: "leads.noActiveChannel" });
  const now = new Date();

  return {
    lead: { id: lead.id, name: lead.name, phoneDisplay: lead.phoneE164 ? formatPhoneBR(lead.phoneE164) : null, developments: lead.developments },
    brokerName: actor.name,
    blockers,
    channels: channels.map((channel) => {
      const conversation = lead.conversations.find((c) => c.channelId === channel.id) ?? null;
      return {
        id: channel.id,
        name: channel.name,
        displayPhoneNumber: channel.displayPhoneNumber,
        refusal: channel.templates.length === 0 ? NO_APPROVED_TEMPLATE : conversationRefusal(actor, conversation),
        conversation: conversation && {
          id: conversation.id,
          status: conversation.status,
          windowOpen: conversation.status === ConversationStatus.OPEN && !!conversation.windowExpiresAt && conversation.windowExpiresAt > now,
        },
        templates: channel.templates.map(({ variables, status, ...template }) => {
          const check = checkTemplate({ status, body: template.body, variables }, lead);
          return {
            ...template,
            mapping: check.mapping ?? [],
            usesDevelopment: check.mapping ? usesVariable(check.mapping, "DEVELOPMENT_NAME") : false,
            refusal: check.refusal,
          };
        }),
      };
    }),
  };
}
