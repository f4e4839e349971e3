import "server-only";
import { CampaignStatus } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { defaultCampaignDeps } from "./campaign-deps";
import { progressPush } from "./campaign-pushes";
import type { RunDeps } from "./run-campaign-step";
import { requestRun } from "./schedule-campaign";

type Tx = Prisma.TransactionClient;
type Locked = { id: string; name: string; status: CampaignStatus; startsAt: Date | null };

// Recipients a cancel left unsent keep this reason (a key under `errors.`).
export const CANCELLED_BEFORE_SEND = "campaigns.cancelledBeforeSend";

async function lockCampaign(tx: Tx, campaignId: string, allowed: CampaignStatus[]): Promise<Locked> {
  const [campaign] = await tx.$queryRaw<Locked[]>`SELECT id, name, status, "startsAt" FROM "Campaign" WHERE id = ${campaignId} FOR UPDATE`;
  if (!campaign) throw new AppError("NOT_FOUND", "campaigns.notFound");
  if (!allowed.includes(campaign.status)) throw new AppError("CONFLICT", "campaigns.statusNotAllowed");
  return campaign;
}

const audit = (tx: Tx, actor: Actor, campaign: Locked, action: string) =>
  recordAudit(tx, { actorId: actor.id, action, entityType: "Campaign", entityId: campaign.id, data: { name: campaign.name, from: campaign.status } });

/**
 * Stops sending at the next chunk. Messages already handed to the sender but not sent yet stay
 * QUEUED and are left alone by it (campaign-sends.ts) until a resume; one already on its way to
 * Meta (claimed) goes out.
 */
export async function pauseCampaign(db: Db, actor: Actor, input: { campaignId: string }, deps: RunDeps = defaultCampaignDeps) {
  const campaign = await db.$transaction(async (tx) => {
    const locked = await lockCampaign(tx, input.campaignId, [CampaignStatus.SCHEDULED, CampaignStatus.RUNNING]);
    await tx.campaign.update({ where: { id: locked.id }, data: { status: CampaignStatus.PAUSED, pauseReasonCode: null } });
    await audit(tx, actor, locked, "campaign.paused");
    return locked;
  });
  await deps.publish([progressPush(campaign.id)]);
  return { id: campaign.id, status: CampaignStatus.PAUSED };
}

/**
 * Sends again from where it stopped: the pause's reason is cleared, campaign/run starts again (the
 * newer run replaces any older one) and the messages the sender held are asked for again.
 */
export async function resumeCampaign(db: Db, actor: Actor, input: { campaignId: string }, deps: RunDeps = defaultCampaignDeps, now = new Date()) {
  const { campaign, held } = await db.$transaction(async (tx) => {
    const locked = await lockCampaign(tx, input.campaignId, [CampaignStatus.PAUSED]);
    const waiting = locked.startsAt !== null && locked.startsAt > now;
    await tx.campaign.update({
      where: { id: locked.id },
      data: { status: waiting ? CampaignStatus.SCHEDULED : CampaignStatus.RUNNING, pauseReasonCode: null },
    });
    await audit(tx, actor, locked, "campaign.resumed");
    const held = await tx.$queryRaw<{ id: string }[]>`
      SELECT m.id FROM "CampaignRecipient" r JOIN "Message" m ON m.id = r."messageId"
      WHERE r."campaignId" = ${locked.id} AND m.status = 'QUEUED' AND m.wamid IS NULL`;
    return { campaign: { ...locked, status: waiting ? CampaignStatus.SCHEDULED : CampaignStatus.RUNNING }, held: held.map((m) => m.id) };
  });
  await requestRun(deps, campaign.id, now);
  await deps.jobs.resumeSends(held, now);
  await deps.publish([progressPush(campaign.id)]);
  return { id: campaign.id, status: campaign.status };
}

/**
 * Nothing more is sent: recipients not sent yet become FAILED with CANCELLED_BEFORE_SEND, and the
 * messages queued but not yet handed to Meta fail with the local reason `campaignCancelled` (the
 * chat and the read side show it). A message already claimed by a send attempt goes out.
 */
export async function cancelCampaign(db: Db, actor: Actor, input: { campaignId: string }, deps: RunDeps = defaultCampaignDeps, now = new Date()) {
  const campaign = await db.$transaction(async (tx) => {
    const locked = await lockCampaign(tx, input.campaignId, [CampaignStatus.DRAFT, CampaignStatus.SCHEDULED, CampaignStatus.RUNNING, CampaignStatus.PAUSED]);
    await tx.campaign.update({ where: { id: locked.id }, data: { status: CampaignStatus.CANCELLED, finishedAt: now } });
    await tx.campaignRecipient.updateMany({
      where: { campaignId: locked.id, status: { in: ["QUEUED", "HELD"] } },
      data: { status: "FAILED", reasonCode: CANCELLED_BEFORE_SEND, notBefore: null },
    });
    await failUnsentMessages(tx, locked.id, now);
    await audit(tx, actor, locked, "campaign.cancelled");
    return locked;
  });
  await deps.publish([progressPush(campaign.id)]);
  return { id: campaign.id, status: CampaignStatus.CANCELLED };
}

// Set-based, like recordSentMany: the messages, their conversations' ticks where each is the latest.
async function failUnsentMessages(tx: Tx, campaignId: string, now: Date) {
  await tx.$executeRaw`
    WITH failed AS (
      UPDATE "Message" m SET status = 'FAILED', "failedAt" = ${now}, "failureReason" = 'campaignCancelled', "failureParams" = '{}'::jsonb, "updatedAt" = now()
      FROM "CampaignRecipient" r
      WHERE r."campaignId" = ${campaignId} AND m.id = r."messageId" AND m.status = 'QUEUED' AND m.wamid IS NULL
        AND (m."sendClaimedUntil" IS NULL OR m."sendClaimedUntil" <= now())
      RETURNING m.id, m."conversationId"
    )
    UPDATE "Conversation" c SET "lastMessageStatus" = 'FAILED', "updatedAt" = now()
    FROM failed
    WHERE c.id = failed."conversationId" AND c."lastMessageDirection" = 'OUTBOUND'
      AND failed.id = (SELECT l.id FROM "Message" l WHERE l."conversationId" = c.id ORDER BY l."createdAt" DESC, l.id DESC LIMIT 1)`;
}
