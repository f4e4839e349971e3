import "server-only";
import { Permission } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { inboxChannel, type Push } from "@/server/realtime/channels";
import type { HealthProblem } from "./health-problem";

export const CHANNEL_HEALTH_PROBLEM = "channel.health_problem";

type Writer = Pick<Prisma.TransactionClient, "user" | "notification">;

/**
 * Tells whoever may manage channels about a problem that has just appeared, whichever path found
 * it (the health check or Meta's webhook). Callers warn only when the stored problem changes, so
 * each problem is announced once; they publish the pushes after their commit. The screens write the
 * sentence from the problem's code (the notifications catalogue in server/i18n/messages).
 */
export async function warnChannelManagers(db: Writer, channel: { id: string; name: string }, problem: HealthProblem): Promise<{ notified: number; pushes: Push[] }> {
  const recipients = await db.user.findMany({
    where: { active: true, accessProfile: { OR: [{ isAdmin: true }, { permissions: { has: Permission.CHANNELS_MANAGE } }] } },
    select: { id: true },
  });
  const notice = { channelId: channel.id, channelName: channel.name, problemCode: problem.code, problemParams: problem.params };
  const notifications = await db.notification.createManyAndReturn({
    data: recipients.map((user) => ({ userId: user.id, kind: CHANNEL_HEALTH_PROBLEM, data: notice })),
    select: { id: true, userId: true },
  });
  const pushes = notifications.map((n) => ({ channel: inboxChannel(n.userId), event: { name: "notification.created" as const, data: { notificationId: n.id, kind: CHANNEL_HEALTH_PROBLEM } } }));
  return { notified: notifications.length, pushes };
}
