import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { takeTurn, type QueueMember } from "./queue-round-robin";

type Tx = Prisma.TransactionClient;

// A queue feeds the Comunicador when it carries this tag or the "Comunicador CV" flag.
export const COMUNICADOR_QUEUE_TAG = "cvcrmcomunicador";

export type QueueCandidate = { id: string; developmentIds: string[]; members: QueueMember[] };
export type Distribution = { queueId: string | null; brokerId: string | null };

/** The enabled Comunicador queues, oldest first, each with its developments and members in turn order. */
export async function loadComunicadorQueues(tx: Tx): Promise<(QueueCandidate & { name: string })[]> {
  const queues = await tx.leadQueue.findMany({
    where: { enabled: true, OR: [{ comunicadorFlag: true }, { tag: { equals: COMUNICADOR_QUEUE_TAG, mode: "insensitive" } }] },
    select: {
      id: true,
      name: true,
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
    name: q.name,
    developmentIds: q.developments.map((d) => d.id),
    members: q.members.map((m) => ({ userId: m.userId, eligible: m.user.active && m.user.canCommunicate })),
  }));
}

/**
 * Queues in the order a lead should try them: the lead's own queue, then those sharing most of
 * its developments, then general ones (no developments). Queues for other developments only.
 */
export function rankQueues<Q extends QueueCandidate>(queues: Q[], developmentIds: string[], preferredQueueId: string | null): Q[] {
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

// Better a broker from the next queue than a lead nobody answers; with nobody anywhere, the first.
export function pickQueue<Q extends QueueCandidate>(ranked: Q[]): Q | null {
  return ranked.find((queue) => queue.members.some((m) => m.eligible)) ?? ranked[0] ?? null;
}

/** Picks the queue and, by round-robin, the broker who will serve a lead. */
export async function distributeLead(tx: Tx, input: { developmentIds: string[]; preferredQueueId?: string | null }): Promise<Distribution> {
  const queue = pickQueue(rankQueues(await loadComunicadorQueues(tx), input.developmentIds, input.preferredQueueId ?? null));
  if (!queue) return { queueId: null, brokerId: null };
  const staffed = queue.members.some((m) => m.eligible);
  return { queueId: queue.id, brokerId: staffed ? await takeTurn(tx, queue.id, queue.members) : null };
}
