import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { toE164 } from "@/server/meta/phone";
import { MetaApiError, MetaNetworkError } from "@/server/meta/meta-errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { channelGraphClient, describeMetaFailure, isTokenProblem, type GraphDeps, type MetaProblem } from "./channel-graph";

export type TestSendResult = { ok: true; wamid: string; to: string } | { ok: false; to: string; problem: MetaProblem };

// Straight through the Graph client, not the send pipeline: the admin wants Meta's own answer now.
export async function sendTestMessage(
  db: Db,
  actor: Actor,
  input: { channelId: string; to: string; body: string },
  deps: GraphDeps = {},
): Promise<TestSendResult> {
  const to = toE164(input.to);
  if (!to) throw new AppError("BAD_REQUEST", "channels.phoneInvalid");
  const { channel, client } = await channelGraphClient(db, input.channelId, deps);
  let result: TestSendResult;
  try {
    const sent = await client.sendText(channel.phoneNumberId, { to, body: input.body });
    result = { ok: true, wamid: sent.wamid, to };
  } catch (error) {
    if (!(error instanceof MetaApiError || error instanceof MetaNetworkError)) throw error;
    result = { ok: false, to, problem: describeMetaFailure(error) };
  }
  await db.$transaction(async (tx) => {
    if (!result.ok && isTokenProblem(result.problem)) {
      await tx.channel.update({ where: { id: channel.id }, data: { tokenValid: false, healthCheckedAt: new Date() } });
    } else if (result.ok) {
      await tx.channel.update({ where: { id: channel.id }, data: { tokenValid: true } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "channel.test_sent",
      entityType: "Channel",
      entityId: channel.id,
      data: { to: `•••${to.slice(-4)}`, ok: result.ok, code: !result.ok && result.problem.kind === "meta" ? result.problem.code : null },
    });
  });
  return result;
}
