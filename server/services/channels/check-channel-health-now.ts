import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { MetaProblem } from "./channel-graph";
import { checkChannelHealth, type HealthDeps } from "./check-channel-health";

export type HealthResult = { ok: true } | { ok: false; problem: MetaProblem };

// "Verificar agora" in settings: the hourly check run at once, with the answer shown to the admin.
// One call proves the token works and refreshes what the list shows.
export async function checkChannelHealthNow(db: Db, actor: Actor, channelId: string, deps: HealthDeps = {}): Promise<HealthResult> {
  const health = await checkChannelHealth(db, channelId, deps);
  const failure = health.failure;
  if (failure?.kind === "missing") throw new AppError("NOT_FOUND", "channels.notFound");
  if (failure?.kind === "tokenUnreadable") throw new AppError("PRECONDITION_FAILED", "channels.tokenUnreadable");
  const result: HealthResult = failure ? { ok: false, problem: failure } : { ok: true };
  await recordAudit(db, { actorId: actor.id, action: "channel.health_checked", entityType: "Channel", entityId: channelId, data: { ok: result.ok } });
  return result;
}
