import "server-only";
import type { Db } from "@/server/db";
import type { FetchLike } from "@/server/meta/graph-request";
import { MetaApiError } from "@/server/meta/meta-errors";
import { publish as publishPushes } from "@/server/realtime/publish";
import type { Push } from "@/server/realtime/channels";
import { describeMetaFailure, graphForChannel, type MetaProblem } from "./channel-graph";
import { healthProblemColumns, healthProblemView, metaErrorProblem, phoneNumberProblem, sameHealthProblem, tokenUnreadableProblem, type HealthProblem, type HealthProblemView } from "./health-problem";
import { warnChannelManagers } from "./warn-channel-managers";

export type HealthDeps = { fetch?: FetchLike; publish?: (pushes: Push[]) => Promise<void>; now?: Date };

/** Why a check did not store a clean bill: no such channel, an unreadable token, or Meta's refusal / no answer. */
export type HealthFailure = { kind: "missing" } | { kind: "tokenUnreadable" } | MetaProblem;

export type ChannelHealth = { channelId: string; checked: boolean; problem: HealthProblemView | null; notified: number; failure?: HealthFailure };

type StoredHealth = { tokenValid?: boolean | null; qualityRating?: string | null; messagingTier?: string | null; accountStatus?: string | null; problem: HealthProblem | null };

/**
 * The one health check, hourly or by hand: asks Meta for the number (GET /{phone-number-id}:
 * quality, tier, status) with the channel's token, stores what it says and warns the channel
 * managers when a new problem appears. A Graph request that never got an answer, or that Meta
 * asks to retry, changes nothing: the next check tries again.
 */
export async function checkChannelHealth(db: Db, channelId: string, deps: HealthDeps = {}): Promise<ChannelHealth> {
  const now = deps.now ?? new Date();
  const channel = await db.channel.findUnique({
    where: { id: channelId },
    select: { id: true, name: true, phoneNumberId: true, accessTokenEnc: true, healthProblem: true, healthProblemCode: true, healthProblemParams: true },
  });
  if (!channel) return { channelId, checked: false, problem: null, notified: 0, failure: { kind: "missing" } };
  const client = graphForChannel(channel, deps.fetch);

  let data: StoredHealth;
  let failure: HealthFailure | undefined;
  if (!client) {
    data = { tokenValid: false, problem: tokenUnreadableProblem };
    failure = { kind: "tokenUnreadable" };
  } else {
    try {
      const info = await client.getPhoneNumberInfo(channel.phoneNumberId);
      data = {
        tokenValid: true,
        qualityRating: info.quality_rating ?? null,
        messagingTier: info.messaging_limit_tier ?? null,
        accountStatus: info.status ?? null,
        // A RED number keeps its problem: clearing it would make the next check announce it as new.
        problem: phoneNumberProblem(info),
      };
    } catch (error) {
      if (!(error instanceof MetaApiError) || error.retriable) {
        return { channelId, checked: false, problem: healthProblemView(channel), notified: 0, failure: describeMetaFailure(error) };
      }
      failure = describeMetaFailure(error);
      data = { ...(error.code === 190 ? { tokenValid: false } : {}), problem: metaErrorProblem(error.code) };
    }
  }
  const { problem, ...facts } = data;
  await db.channel.update({ where: { id: channel.id }, data: { ...facts, ...healthProblemColumns(problem), healthCheckedAt: now } });
  const result = { channelId, checked: true, problem, ...(failure ? { failure } : {}) };

  if (!problem || sameHealthProblem(problem, channel)) return { ...result, notified: 0 };
  const { notified, pushes } = await warnChannelManagers(db, channel, problem);
  await (deps.publish ?? publishPushes)(pushes);
  return { ...result, notified };
}

export async function listChannelsToCheck(db: Db): Promise<string[]> {
  const channels = await db.channel.findMany({ where: { enabled: true }, select: { id: true }, orderBy: { createdAt: "asc" } });
  return channels.map((c) => c.id);
}
