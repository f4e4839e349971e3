import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { MetaApiError, MetaNetworkError } from "@/server/meta/meta-errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { healthProblemColumns, metaErrorProblem } from "@/server/services/channels-health/health-problem";
import { channelGraphClient, describeMetaFailure, isTokenProblem, type GraphDeps, type MetaProblem } from "./channel-graph";

export type HealthResult = { ok: true } | { ok: false; problem: MetaProblem };

// Asks Meta for the number's quality, tier and status with the stored token: one call proves the
// token works and refreshes what the list shows.
export async function checkChannelHealth(db: Db, actor: Actor, channelId: string, deps: GraphDeps = {}): Promise<HealthResult> {
  const { channel, client } = await channelGraphClient(db, channelId, deps);
  const now = new Date();
  let result: HealthResult;
  try {
    const info = await client.getPhoneNumberInfo(channel.phoneNumberId);
    await db.channel.update({
      where: { id: channel.id },
      data: {
        qualityRating: info.quality_rating ?? null,
        messagingTier: info.messaging_limit_tier ?? null,
        accountStatus: info.status ?? null,
        tokenValid: true,
        ...healthProblemColumns(null),
        healthCheckedAt: now,
      },
    });
    result = { ok: true };
  } catch (error) {
    if (!(error instanceof MetaApiError || error instanceof MetaNetworkError)) throw error;
    const problem = describeMetaFailure(error);
    if (problem.kind === "meta") {
      await db.channel.update({
        where: { id: channel.id },
        data: { ...healthProblemColumns(metaErrorProblem(problem.code)), healthCheckedAt: now, ...(isTokenProblem(problem) ? { tokenValid: false } : {}) },
      });
    }
    result = { ok: false, problem };
  }
  await recordAudit(db, { actorId: actor.id, action: "channel.health_checked", entityType: "Channel", entityId: channel.id, data: { ok: result.ok } });
  return result;
}
