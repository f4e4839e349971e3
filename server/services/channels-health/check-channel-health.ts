import { Permission } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { GraphClient } from "@/server/meta/graph-client";
import { MetaApiError } from "@/server/meta/meta-errors";
import { publish as publishPushes } from "@/server/realtime/publish";
import { inboxChannel, type Push } from "@/server/realtime/channels";
import { graphForChannel } from "@/server/services/messages/graph-for-channel";
import { healthProblemColumns, healthProblemView, metaErrorProblem, phoneNumberProblem, sameHealthProblem, tokenUnreadableProblem, type HealthProblem, type HealthProblemView } from "./health-problem";

export const CHANNEL_HEALTH_PROBLEM = "channel.health_problem";

type Deps = { graph?: (channel: { accessTokenEnc: string }) => GraphClient | null; publish?: (pushes: Push[]) => Promise<void>; now?: Date };

export type ChannelHealth = { channelId: string; checked: boolean; problem: HealthProblemView | null; notified: number };

// Who hears about a channel problem: whoever may manage channels.
function channelManagers(db: Db) {
  return db.user.findMany({
    where: { active: true, accessProfile: { OR: [{ isAdmin: true }, { permissions: { has: Permission.CHANNELS_MANAGE } }] } },
    select: { id: true },
  });
}

/**
 * Asks Meta for the number (GET /{phone-number-id}: quality, tier, status) with the channel's token,
 * stores what it says and warns the channel managers when a new problem appears. A Graph request
 * that never got an answer changes nothing: the next hourly check tries again.
 */
export async function checkChannelHealth(db: Db, channelId: string, deps: Deps = {}): Promise<ChannelHealth> {
  const now = deps.now ?? new Date();
  const channel = await db.channel.findUnique({
    where: { id: channelId },
    select: { id: true, name: true, phoneNumberId: true, accessTokenEnc: true, healthProblem: true, healthProblemCode: true, healthProblemParams: true },
  });
  if (!channel) return { channelId, checked: false, problem: null, notified: 0 };
  const client = (deps.graph ?? graphForChannel)(channel);

  let data: { tokenValid?: boolean | null; qualityRating?: string | null; messagingTier?: string | null; accountStatus?: string | null; healthProblem: HealthProblem | null };
  if (!client) {
    data = { tokenValid: false, healthProblem: tokenUnreadableProblem };
  } else {
    try {
      const info = await client.getPhoneNumberInfo(channel.phoneNumberId);
      data = {
        tokenValid: true,
        qualityRating: info.quality_rating ?? null,
        messagingTier: info.messaging_limit_tier ?? null,
        accountStatus: info.status ?? null,
        healthProblem: phoneNumberProblem(info),
      };
    } catch (error) {
      if (!(error instanceof MetaApiError) || error.retriable) return { channelId, checked: false, problem: healthProblemView(channel), notified: 0 };
      data = { ...(error.code === 190 ? { tokenValid: false } : {}), healthProblem: metaErrorProblem(error.code) };
    }
  }
  const { healthProblem: problem, ...facts } = data;
  await db.channel.update({ where: { id: channel.id }, data: { ...facts, ...healthProblemColumns(problem), healthCheckedAt: now } });

  if (!problem || sameHealthProblem(problem, channel)) return { channelId, checked: true, problem, notified: 0 };
  const recipients = await channelManagers(db);
  // The screens write the sentence from the problem's code (server/i18n/messages/*/notifications.json).
  const notice = { channelId: channel.id, channelName: channel.name, problemCode: problem.code, problemParams: problem.params };
  const notifications = await db.notification.createManyAndReturn({
    data: recipients.map((user) => ({ userId: user.id, kind: CHANNEL_HEALTH_PROBLEM, data: notice })),
    select: { id: true, userId: true },
  });
  await (deps.publish ?? publishPushes)(
    notifications.map((n) => ({ channel: inboxChannel(n.userId), event: { name: "notification.created", data: { notificationId: n.id, kind: CHANNEL_HEALTH_PROBLEM } } })),
  );
  return { channelId, checked: true, problem, notified: notifications.length };
}

export async function listChannelsToCheck(db: Db): Promise<string[]> {
  const channels = await db.channel.findMany({ where: { enabled: true }, select: { id: true }, orderBy: { createdAt: "asc" } });
  return channels.map((c) => c.id);
}
