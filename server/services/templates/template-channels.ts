import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";

// Templates only exist on active numbers that may start conversations (seed §4.2).
export const canHoldTemplates = (channel: { mode: string; canStartConversations: boolean }) =>
  channel.mode === "ACTIVE" && channel.canStartConversations;

export async function listTemplateChannels(db: Db) {
  const channels = await db.channel.findMany({
    where: { mode: "ACTIVE", canStartConversations: true },
    select: { id: true, name: true, displayPhoneNumber: true, enabled: true },
    orderBy: { name: "asc" },
  });
  const counts = await db.messageTemplate.groupBy({
    by: ["channelId", "status"],
    where: { channelId: { in: channels.map((c) => c.id) } },
    _count: { _all: true },
  });
  return channels.map((channel) => ({
    ...channel,
    counts: Object.fromEntries(counts.filter((c) => c.channelId === channel.id).map((c) => [c.status, c._count._all])) as Partial<Record<string, number>>,
  }));
}

export async function getTemplateChannel(db: Db, channelId: string) {
  const channel = await db.channel.findUnique({
    where: { id: channelId },
    select: { id: true, name: true, displayPhoneNumber: true, mode: true, canStartConversations: true, enabled: true },
  });
  if (!channel) throw new AppError("NOT_FOUND", "channels.notFound");
  return { ...channel, canHoldTemplates: canHoldTemplates(channel) };
}
