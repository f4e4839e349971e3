import "server-only";
import { CampaignStatus, TemplateStatus } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Jobs } from "@/server/jobs/jobs";
import type { Push } from "@/server/realtime/channels";
import { templateMapping } from "@/server/services/conversations/render-template-params";
import { fitHeaderMedia, HEADER_MEDIA_SELECT } from "@/server/services/conversations/template-header-media";
import { channelRefusal } from "@/server/services/conversations/template-eligibility";
import { storedComponents } from "@/server/services/templates/template-components";
import { queueCampaignChunk } from "./campaign-chunk";
import { chunkPushes, progressPush } from "./campaign-pushes";
import { holdBeyondTier, releaseDueHolds } from "./hold-recipients";
import { msUntilSendingHours } from "./sending-hours";
import { parseVariableSources } from "./variable-sources";

export type RunDeps = { jobs: Jobs; publish: (pushes: Push[]) => Promise<void> };

export type StepOutcome =
  | { kind: "stopped"; status: CampaignStatus }
  | { kind: "done" }
  | { kind: "wait"; ms: number; queued: number; refused: number; held: number };

// A chunk is this many seconds of the channel's rate: small enough that a pause stops sending within
// seconds (only the chunk already handed to message/send-batch goes out), big enough to stay set-based.
export const CHUNK_SECONDS = 5;

const campaignSelect = {
  id: true,
  name: true,
  status: true,
  startsAt: true,
  createdById: true,
  sendingFromMinute: true,
  sendingUntilMinute: true,
  variableSources: true,
  // The template and its header file are read once per step (one chunk), so a template paused or a file
  // deleted mid-run stops the campaign at its next chunk.
  template: { include: { headerMediaAsset: { select: HEADER_MEDIA_SELECT } } },
  channel: { select: { id: true, name: true, mode: true, canStartConversations: true, enabled: true, throughputMps: true, messagingTier: true } },
} satisfies Prisma.CampaignSelect;

/**
 * One step of campaign/run: queues the next chunk of recipients when the campaign is running, in
 * its sending hours and within the channel's messaging tier, and says how long to wait before the
 * next step (the chunk's time at the channel's rate, the opening of the sending hours, the time the
 * tier frees room for held recipients), or that the campaign has stopped or finished.
 */
export async function runCampaignStep(db: Db, campaignId: string, deps: RunDeps, now = new Date(), options: { retry?: boolean } = {}): Promise<StepOutcome> {
  let campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: campaignSelect });
  if (!campaign) return { kind: "stopped", status: CampaignStatus.CANCELLED };
  if (campaign.status === CampaignStatus.SCHEDULED) {
    if (campaign.startsAt && campaign.startsAt > now) return { kind: "wait", ms: +campaign.startsAt - +now, queued: 0, refused: 0, held: 0 };
    const started = await db.campaign.updateMany({ where: { id: campaignId, status: CampaignStatus.SCHEDULED }, data: { status: CampaignStatus.RUNNING, startedAt: now } });
    if (started.count > 0) await deps.publish([progressPush(campaignId)]);
    campaign = { ...campaign, status: CampaignStatus.RUNNING };
  }
  if (campaign.status !== CampaignStatus.RUNNING) return { kind: "stopped", status: campaign.status };

  const closedFor = msUntilSendingHours(now, campaign.sendingFromMinute, campaign.sendingUntilMinute);
  if (closedFor > 0) return { kind: "wait", ms: closedFor, queued: 0, refused: 0, held: 0 };

  const context = templateContext(campaign);
  if (context.problem !== undefined) {
    await autoPause(db, campaignId, context.problem, deps);
    return { kind: "stopped", status: CampaignStatus.PAUSED };
  }

  // A failed attempt may have committed its chunk and then lost the send request: ask again (the
  // first-send event id dedupes it when the first request did arrive).
  if (options.retry) await deps.jobs.requestSends(await unsentSends(db, campaignId, campaign.channel.id));
  await releaseDueHolds(db, campaignId, now);
  const chunkSize = Math.max(1, campaign.channel.throughputMps * CHUNK_SECONDS);
  const chunk = await queueCampaignChunk(db, campaign, context, chunkSize, now);
  // No conversation/expire run per conversation, as "Nova conversa" arms: at campaign volume those
  // runs (one app call each) took the executor from the sends (2,000 messages: 900 expiry runs
  // started, 26 send steps done in a minute). The overdue sweep closes unanswered campaign
  // conversations instead, and the lists already show a passed window as closed.
  if (chunk.sends.length > 0) await deps.jobs.requestSends(chunk.sends);
  const queued = chunk.queued.length;
  const held = chunk.tierFull ? await holdBeyondTier(db, campaign.channel.id, campaignId, now) : 0;
  await deps.publish([...chunkPushes(chunk.queued), progressPush(campaignId)]);
  return next(db, campaignId, { queued, refused: chunk.refused.length, held, rate: campaign.channel.throughputMps }, deps, now);
}

async function next(db: Db, campaignId: string, done: { queued: number; refused: number; held: number; rate: number }, deps: RunDeps, now: Date): Promise<StepOutcome> {
  const left = await db.campaignRecipient.groupBy({ by: ["status"], where: { campaignId, status: { in: ["QUEUED", "HELD"] } }, _count: true, _min: { notBefore: true } });
  const queuedLeft = left.find((l) => l.status === "QUEUED");
  const heldLeft = left.find((l) => l.status === "HELD");
  const counts = { queued: done.queued, refused: done.refused, held: done.held };
  // The runner queues no faster than the channel sends: the next chunk when this one has had its time.
  const paced = Math.ceil((done.queued / Math.max(1, done.rate)) * 1000);
  if (queuedLeft) return { kind: "wait", ms: paced, ...counts };
  if (heldLeft) return { kind: "wait", ms: Math.max(0, +(heldLeft._min.notBefore ?? now) - +now), ...counts };
  // Done only once the sender has taken every message: until then a pause or Meta's signal still holds them.
  if (await hasUnsentMessages(db, campaignId)) return { kind: "wait", ms: paced || CHUNK_SECONDS * 1000, ...counts };
  const finished = await db.campaign.updateMany({ where: { id: campaignId, status: CampaignStatus.RUNNING }, data: { status: CampaignStatus.DONE, finishedAt: now } });
  if (finished.count > 0) await deps.publish([progressPush(campaignId)]);
  return { kind: "done" };
}

/** The campaign's messages the sender has not taken yet (still QUEUED), up to `limit` (null: all). */
async function queuedMessages(db: Db, campaignId: string, limit: number | null = null) {
  return db.$queryRaw<{ id: string; wamid: string | null }[]>`
    SELECT m.id, m.wamid FROM "CampaignRecipient" r JOIN "Message" m ON m.id = r."messageId"
    WHERE r."campaignId" = ${campaignId} AND r.status = 'SENT' AND m.status = 'QUEUED' LIMIT ${limit}::int`;
}

async function unsentSends(db: Db, campaignId: string, channelId: string) {
  const rows = await queuedMessages(db, campaignId);
  return rows.filter((row) => row.wamid === null).map((row) => ({ messageId: row.id, channelId }));
}

async function hasUnsentMessages(db: Db, campaignId: string): Promise<boolean> {
  return (await queuedMessages(db, campaignId, 1)).length > 0;
}

type RunnableCampaign = Prisma.CampaignGetPayload<{ select: typeof campaignSelect }>;

/** What every recipient's message shares; a problem here stops the whole campaign, not one lead. */
function templateContext(campaign: RunnableCampaign) {
  const { channel } = campaign;
  const { headerMediaAsset, ...template } = campaign.template;
  const stop = (problem: string) => ({ problem }) as const;
  if (channelRefusal(channel)) return stop("campaigns.channelCannotStart");
  if (template.channelId !== channel.id || template.status !== TemplateStatus.APPROVED) return stop("campaigns.templateNotApproved");
  const mapping = templateMapping(template.body, template.variables);
  if (!mapping) return stop("leads.templateMisconfigured");
  const parts = storedComponents(template);
  try {
    const headerMedia = fitHeaderMedia(parts, headerMediaAsset, []);
    return { problem: undefined, template, mapping, parts, headerMedia, sources: parseVariableSources(campaign.variableSources) };
  } catch (error) {
    if (error instanceof AppError) return stop(error.key);
    throw error;
  }
}

async function autoPause(db: Db, campaignId: string, reasonCode: string, deps: RunDeps) {
  const paused = await db.campaign.updateMany({ where: { id: campaignId, status: CampaignStatus.RUNNING }, data: { status: CampaignStatus.PAUSED, pauseReasonCode: reasonCode } });
  if (paused.count > 0) await deps.publish([progressPush(campaignId)]);
}
