import "server-only";
import type { Db } from "@/server/db";
import { loadComunicadorQueues, pickQueue, rankQueues, type QueueCandidate } from "@/server/services/leads/distribute-lead";

// A channel has no queue of its own: a lead arriving on it takes the channel's developments, and
// distribution picks the queue from those (distribute-lead.ts). This answers, with the same rules,
// where the channel's leads land, so the wizard and the channel page can say it (or warn).
export type ChannelLeadQueue = { id: string; name: string; eligibleMembers: number } | null;

export function queueForDevelopments(queues: (QueueCandidate & { name: string })[], developmentIds: string[]): ChannelLeadQueue {
  const queue = pickQueue(rankQueues(queues, developmentIds, null));
  if (!queue) return null;
  const named = queues.find((q) => q.id === queue.id)!;
  return { id: named.id, name: named.name, eligibleMembers: named.members.filter((m) => m.eligible).length };
}

export async function channelLeadQueue(db: Db, developmentIds: string[]): Promise<ChannelLeadQueue> {
  return queueForDevelopments(await loadComunicadorQueues(db), developmentIds);
}

/** For the channel list: each channel's queue, with one query for the queues. */
export async function channelLeadQueues(db: Db, channels: { id: string; developmentIds: string[] }[]): Promise<Map<string, ChannelLeadQueue>> {
  const queues = await loadComunicadorQueues(db);
  return new Map(channels.map((channel) => [channel.id, queueForDevelopments(queues, channel.developmentIds)]));
}
