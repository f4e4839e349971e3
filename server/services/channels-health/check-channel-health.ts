import "server-only";
import { Permission } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import { explainMetaError } from "@/server/meta/explain-meta-error";
import type { GraphClient } from "@/server/meta/graph-client";
import { MetaApiError } from "@/server/meta/meta-errors";
import { publish as publishPushes } from "@/server/realtime/publish";
import { inboxChannel, type Push } from "@/server/realtime/channels";
import { graphForChannel } from "@/server/services/messages/graph-for-channel";
import { phoneNumberProblem } from "./health-problem";

export const CHANNEL_HEALTH_PROBLEM = "channel.health_problem";

type Deps = { graph?: (channel: { accessTokenEnc: string }) => GraphClient | null; publish?: (pushes: Push[]) => Promise<void>; now?: Date };

export type ChannelHealth = { channelId: string; checked: boolean; problem: string | null; notified: number };

const TOKEN_UNREADABLE = "O token de acesso do canal não pôde ser lido. Informe o token de novo em Configurações > Canais.";

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
    select: { id: true, name: true, phoneNumberId: true, accessTokenEnc: true, healthProblem: true },
  });
  if (!channel) return { channelId, checked: false, problem: null, notified: 0 };
  const client = (deps.graph ?? graphForChannel)(channel);

  let data: { tokenValid?: boolean | null; qualityRating?: string | null; messagingTier?: string | null; accountStatus?: string | null; healthProblem: string | null };
  if (!client) {
    data = { tokenValid: false, healthProblem: TOKEN_UNREADABLE };
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
      if (!(error instanceof MetaApiError) || error.retriable) return { channelId, checked: false, problem: channel.healthProblem, notified: 0 };
      const explained = explainMetaError(error.code);
      data = { ...(error.code === 190 ? { tokenValid: false } : {}), healthProblem: `${explained.title}. ${explained.action}` };
    }
  }
  await db.channel.update({ where: { id: channel.id }, data: { ...data, healthCheckedAt: now } });

  const appeared = data.healthProblem !== null && data.healthProblem !== channel.healthProblem;
  if (!appeared) return { channelId, checked: true, problem: data.healthProblem, notified: 0 };
  const recipients = await channelManagers(db);
  const title = `Problema no canal “${channel.name}”`;
  const notifications = await db.notification.createManyAndReturn({
    data: recipients.map((user) => ({ userId: user.id, kind: CHANNEL_HEALTH_PROBLEM, title, body: data.healthProblem, data: { channelId: channel.id } })),
    select: { id: true, userId: true },
  });
  await (deps.publish ?? publishPushes)(
    notifications.map((n) => ({ channel: inboxChannel(n.userId), event: { name: "notification.created", data: { notificationId: n.id, kind: CHANNEL_HEALTH_PROBLEM } } })),
  );
  return { channelId, checked: true, problem: data.healthProblem, notified: notifications.length };
}

export async function listChannelsToCheck(db: Db): Promise<string[]> {
  const channels = await db.channel.findMany({ where: { enabled: true }, select: { id: true }, orderBy: { createdAt: "asc" } });
  return channels.map((c) => c.id);
}
