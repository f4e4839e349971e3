import type { Prisma } from "@/generated/prisma/client";
import { takeTurn, type QueueMember } from "./queue-round-robin";

type Tx = Prisma.TransactionClient;

// A queue feeds the Comunicador when it carries this tag or the "Comunicador CV" flag.
export const COMUNICADOR_QUEUE_TAG = "cvcrmcomunicador";

export type QueueCandidate = { id: string; developmentIds: string[]; members: QueueMember[] };
export type Distribution = { queueId: string | null; brokerId: string | null };

async function comunicadorQueues(tx: Tx): Promise<QueueCandidate[]> {
  const queues = await tx.leadQueue.findMany({
    where: { enabled: true, OR: [{ comunicadorFlag: true }, { tag: { equals: COMUNICADOR_QUEUE_TAG, mode: "insensitive" } }] },
    select: {
      id: true,
      developments: { select: { id: true } },
      members: {
        select: { userId: true, user: { select: { active: true, canCommunicate: true } } },
        orderBy: [{ position: "asc" }, { joinedAt: "asc" }, { userId: "asc" }],
      },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return queues.map((q) => ({
    id: q.id,
    developmentIds: q.developments.map((d) => d.id),
    members: q.members.map((m) => ({ userId: m.userId, eligible: m.user.active && m.user.canCommunicate })),
  }));
}

/**
 * Queues in the order a lead should try them: the lead's own queue, then those sharing most of
 * its developments, then general ones (no developments). Queues for other developments only.
 */
export function rankQueues(queues: QueueCandidate[], developmentIds: string[], preferredQueueId: string | null): QueueCandidate[] {
  const wanted = new Set(developmentIds);
  const scored = queues
    .map((queue, order) => {
      const overlap = queue.developmentIds.filter((id) => wanted.has(id)).length;
      const score = queue.id === preferredQueueId ? Infinity : overlap > 0 ? overlap : queue.developmentIds.length === 0 ? 0 : -1;
      return { queue, score, order };
    })
    .filter((s) => s.score >= 0);
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.queue);
}

/** Picks the queue and, by round-robin, the broker who will serve a lead. */
export async function distributeLead(tx: Tx, input: { developmentIds: string[]; preferredQueueId?: string | null }): Promise<Distribution> {
  const ranked = rankQueues(await comunicadorQueues(tx), input.developmentIds, input.preferredQueueId ?? null);
  // Better a broker from the next queue than a lead nobody answers.
  const staffed = ranked.find((queue) => queue.members.some((m) => m.eligible));
  if (!staffed) return { queueId: ranked[0]?.id ?? null, brokerId: null };
  return { queueId: staffed.id, brokerId: await takeTurn(tx, staffed.id, staffed.members) };
}
