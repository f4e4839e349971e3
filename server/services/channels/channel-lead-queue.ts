import "server-only";
import type { Db } from "@/server/db";
import { loadComunicadorQueues, pickQueue, rankQueues, type QueueCandidate } from "@/server/services/leads/distribute-lead";

// A lead arriving on a channel goes to the channel's own queue (chosen in the wizard or on its
// links page) and, failing that, to the queue its developments pick (distribute-lead.ts). This
// answers, with the same rules, where the channel's leads land, so the channel pages can say it (or warn).
export type ChannelLeadQueue = { id: string; name: string; eligibleMembers: number } | null;
export type ChannelRouting = { leadQueueId: string | null; developmentIds: string[] };

export function queueForChannel(queues: (QueueCandidate & { name: string })[], channel: ChannelRouting): ChannelLeadQueue {
  const queue = pickQueue(rankQueues(queues, channel.developmentIds, channel.leadQueueId));
  if (!queue) return null;
  const named = queues.find((q) => q.id === queue.id)!;
  return { id: named.id, name: named.name, eligibleMembers: named.members.filter((m) => m.eligible).length };
}

export async function channelLeadQueue(db: Db, channel: ChannelRouting): Promise<ChannelLeadQueue> {
  return queueForChannel(await loadComunicadorQueues(db), channel);
}

/** For the channel list: each channel's queue, with one query for the queues. */
export async function channelLeadQueues(db: Db, channels: ({ id: string } & ChannelRouting)[]): Promise<Map<string, ChannelLeadQueue>> {
  const queues = await loadComunicadorQueues(db);
  return new Map(channels.map((channel) => [channel.id, queueForChannel(queues, channel)]));
}
