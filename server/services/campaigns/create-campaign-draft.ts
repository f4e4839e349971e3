import "server-only";
import { TemplateStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { channelRefusal } from "@/server/services/conversations/template-eligibility";
import type { CreateDraftInput } from "./campaign-schemas";
import { segmentLeads } from "./segment-leads";

/**
 * Saves a campaign as a DRAFT after the checks "Nova conversa" makes on its channel and template
 * (an active channel that may start conversations, an approved template of that channel), and
 * once its segment has someone to message. Recipients are chosen when it is scheduled, not here.
 */
export async function createCampaignDraft(db: Db, actor: Actor, input: CreateDraftInput) {
  if (input.sendingFromMinute >= input.sendingUntilMinute) throw new AppError("BAD_REQUEST", "campaigns.sendingHoursInvalid");
  const [channel, template] = await Promise.all([
    db.channel.findUnique({ where: { id: input.channelId }, select: { mode: true, canStartConversations: true, enabled: true } }),
    db.messageTemplate.findUnique({ where: { id: input.templateId }, select: { channelId: true, status: true } }),
  ]);
  if (channelRefusal(channel)) throw new AppError("PRECONDITION_FAILED", "campaigns.channelCannotStart");
  if (!template || template.channelId !== input.channelId) throw new AppError("BAD_REQUEST", "campaigns.templateNotOnChannel");
  if (template.status !== TemplateStatus.APPROVED) throw new AppError("PRECONDITION_FAILED", "campaigns.templateNotApproved");
  const segment = await segmentLeads(db, input.segment);
  if (segment.eligible === 0) throw new AppError("PRECONDITION_FAILED", "campaigns.segmentEmpty");

  const campaign = await db.campaign.create({
    data: {
      name: input.name,
      channelId: input.channelId,
      templateId: input.templateId,
      segment: input.segment,
      variableSources: input.variableSources,
      startsAt: input.startsAt ?? null,
      sendingFromMinute: input.sendingFromMinute,
      sendingUntilMinute: input.sendingUntilMinute,
      createdById: actor.id,
    },
    select: { id: true, status: true },
  });
  return { ...campaign, segment };
}
