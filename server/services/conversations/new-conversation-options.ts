import "server-only";
import { ConversationStatus, TemplateStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { formatPhoneBR } from "@/server/meta/phone";
import { assertLeadVisible } from "@/server/services/leads/get-lead";
import { componentVariables, usesVariable } from "./render-template-params";
import { marketingOptOutState } from "@/server/services/leads/marketing-opt-out";
import { HEADER_MEDIA_RULES, storedComponents } from "@/server/services/templates/template-components";
import { templateComponentsSelect } from "@/server/services/templates/template-view";

const HEADER_MIME_TYPES = [...new Set(Object.values(HEADER_MEDIA_RULES).flatMap((rule) => rule.mimeTypes))];
import {
  actorRefusals,
  checkTemplate,
  conversationRefusal,
  leadRefusal,
  NO_APPROVED_TEMPLATE,
  startableChannelWhere,
  TEMPLATE_LEAD_SELECT,
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
        ...TEMPLATE_LEAD_SELECT,
        developments: {
          select: {
            id: true,
            name: true,
            // Files a media header may be sent with instead of the template's own.
            media: { where: { mimeType: { in: HEADER_MIME_TYPES } }, select: { id: true, title: true, mimeType: true, sizeBytes: true }, orderBy: { position: "asc" } },
          },
          orderBy: { name: "asc" },
        },
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
          select: {
            id: true,
            name: true,
            language: true,
            category: true,
            body: true,
            variables: true,
            status: true,
            ...templateComponentsSelect,
            headerMediaAsset: { select: { id: true, title: true, mimeType: true } },
          },
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
    lead: {
      id: lead.id,
      name: lead.name,
      phoneDisplay: lead.phoneE164 ? formatPhoneBR(lead.phoneE164) : null,
      developments: lead.developments.map(({ media: _media, ...development }) => development),
      marketingOptOut: await marketingOptOutState(db, lead.id),
    },
    /** The lead's developments' photos, videos and PDFs, for a media header. */
    headerMedia: lead.developments.flatMap((d) => d.media.map((m) => ({ ...m, developmentId: d.id, developmentName: d.name }))),
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
        templates: channel.templates.map(({ variables, status, headerMediaAsset, ...template }) => {
          const check = checkTemplate({ ...template, status, variables }, lead);
          const parts = storedComponents(template);
          const everyVariable = [...(check.mapping ?? []), ...componentVariables(parts)];
          return {
            id: template.id,
            name: template.name,
            language: template.language,
            category: template.category,
            body: template.body,
            mapping: check.mapping ?? [],
            components: { ...parts, headerMediaAsset },
            usesDevelopment: usesVariable(everyVariable, "DEVELOPMENT_NAME"),
            refusal: check.refusal,
          };
        }),
      };
    }),
  };
}
