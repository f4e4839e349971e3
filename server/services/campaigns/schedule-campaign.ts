import "server-only";
import { CampaignStatus, TemplateStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { channelRefusal } from "@/server/services/conversations/template-eligibility";
import { defaultCampaignDeps } from "./campaign-deps";
import { progressPush } from "./campaign-pushes";
import type { RunDeps } from "./run-campaign-step";
import { segmentFilters } from "./segment-filters";
import { segmentCandidates } from "./segment-leads";

export type ScheduleResult = { id: string; status: CampaignStatus; recipients: number };

const SCHEDULE_TX = { maxWait: 10_000, timeout: 60_000 };

/**
 * A draft goes out: its recipients are chosen now, in one INSERT … SELECT from the segment's query
 * (the excluded leads — opted out, no phone, contacted today — are not recipients), and campaign/run
 * is asked to start at `startsAt` (or now). Asking again for a campaign already scheduled or running
 * only asks for its run again (the newer run replaces the older), for when the first request was lost.
 */
export async function scheduleCampaign(db: Db, actor: Actor, input: { campaignId: string }, deps: RunDeps = defaultCampaignDeps, now = new Date()): Promise<ScheduleResult> {
  const result = await db.$transaction(async (tx) => {
    const [campaign] = await tx.$queryRaw<{ id: string; name: string; status: CampaignStatus; segment: unknown; startsAt: Date | null; channelId: string; templateId: string }[]>`
      SELECT id, name, status, segment, "startsAt", "channelId", "templateId" FROM "Campaign" WHERE id = ${input.campaignId} FOR UPDATE`;
    if (!campaign) throw new AppError("NOT_FOUND", "campaigns.notFound");
    const waiting = campaign.startsAt !== null && campaign.startsAt > now;
    if (campaign.status === CampaignStatus.SCHEDULED || campaign.status === CampaignStatus.RUNNING) {
      return { id: campaign.id, status: campaign.status, recipients: await tx.campaignRecipient.count({ where: { campaignId: campaign.id } }), startsAt: waiting ? campaign.startsAt : null };
    }
    if (campaign.status !== CampaignStatus.DRAFT) throw new AppError("CONFLICT", "campaigns.notDraft");
    const [channel, template] = await Promise.all([
      tx.channel.findUnique({ where: { id: campaign.channelId }, select: { mode: true, canStartConversations: true, enabled: true } }),
      tx.messageTemplate.findUnique({ where: { id: campaign.templateId }, select: { status: true } }),
    ]);
    if (channelRefusal(channel)) throw new AppError("PRECONDITION_FAILED", "campaigns.channelCannotStart");
    if (template?.status !== TemplateStatus.APPROVED) throw new AppError("PRECONDITION_FAILED", "campaigns.templateNotApproved");

    const filters = segmentFilters.parse(campaign.segment);
    const recipients = await tx.$executeRaw`
      INSERT INTO "CampaignRecipient" (id, "campaignId", "leadId", status, "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, ${campaign.id}, m.id, 'QUEUED', ${now}, ${now}
      FROM (${segmentCandidates(filters, now)}) m
      WHERE NOT m.opted_out AND NOT m.no_phone AND NOT m.contacted_today
      ON CONFLICT ("campaignId", "leadId") DO NOTHING`;
    if (recipients === 0) throw new AppError("PRECONDITION_FAILED", "campaigns.segmentEmpty");
    const status = waiting ? CampaignStatus.SCHEDULED : CampaignStatus.RUNNING;
    await tx.campaign.update({ where: { id: campaign.id }, data: { status, startedAt: waiting ? null : now, pauseReasonCode: null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "campaign.scheduled",
      entityType: "Campaign",
      entityId: campaign.id,
      data: { name: campaign.name, recipients, startsAt: waiting ? campaign.startsAt!.toISOString() : null },
    });
    return { id: campaign.id, status, recipients, startsAt: waiting ? campaign.startsAt : null };
    // A launch's segment is tens of thousands of leads chosen in one statement: Prisma's defaults
    // (2 s for a connection, 5 s in all) refused it on a busy server.
  }, SCHEDULE_TX);
  await requestRun(deps, result.id, now, result.startsAt);
  await deps.publish([progressPush(result.id)]);
  return { id: result.id, status: result.status, recipients: result.recipients };
}

/** Asks for campaign/run; when the queue cannot be reached the user is told to try again (which asks again). */
export async function requestRun(deps: RunDeps, campaignId: string, now: Date, runAt: Date | null = null) {
  try {
    await deps.jobs.runCampaign({ campaignId, requestedAt: now, runAt });
  } catch (error) {
    console.error(`[campaign/run] fila indisponível para a campanha ${campaignId}: ${error instanceof Error ? error.message : String(error)}`);
    throw new AppError("PRECONDITION_FAILED", "campaigns.queueUnavailable");
  }
}
