import "server-only";
import type { Db } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { maskSecret } from "@/server/crypto/secret-box";
import { healthProblemView } from "@/server/services/channels/health-problem";
import { channelLeadQueue } from "./channel-lead-queue";
import { channelPublicSelect, maskSealed, tokenState } from "./channel-view";

export const webhookUrl = () => `${env().APP_URL.replace(/\/+$/, "")}/api/webhooks/meta`;

export async function getChannel(db: Db, channelId: string) {
  const row = await db.channel.findUnique({
    where: { id: channelId },
    select: { ...channelPublicSelect, accessTokenEnc: true, appSecretEnc: true, verifyToken: true, leadQueueId: true, developments: { select: { id: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "channels.notFound");
  const { accessTokenEnc, appSecretEnc, verifyToken, developments, leadQueueId, healthProblemCode: _code, healthProblemParams: _params, ...channel } = row;
  const templates = await db.messageTemplate.groupBy({ by: ["status"], where: { channelId }, _count: { _all: true } });
  const token = maskSealed(accessTokenEnc);
  return {
    ...channel,
    healthProblem: healthProblemView(row),
    tokenState: tokenState(channel.tokenValid),
    accessTokenMasked: token.masked,
    accessTokenReadable: token.readable,
    appSecretMasked: appSecretEnc ? maskSealed(appSecretEnc).masked : null,
    verifyTokenMasked: maskSecret(verifyToken),
    webhookUrl: webhookUrl(),
    templateCounts: Object.fromEntries(templates.map((t) => [t.status, t._count._all])) as Partial<Record<string, number>>,
    leadQueue: await channelLeadQueue(db, { leadQueueId, developmentIds: developments.map((d) => d.id) }),
  };
}

export type ChannelDetails = Awaited<ReturnType<typeof getChannel>>;
