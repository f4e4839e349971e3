import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { isComunicadorQueue } from "@/server/services/queues/comunicador-queue";

/**
 * The developments of a queue a channel may send its leads to. Only an enabled Comunicador queue
 * qualifies: distribution never picks any other, so the channel's leads would silently go elsewhere.
 */
export async function comunicadorQueueDevelopments(tx: Prisma.TransactionClient, queueId: string): Promise<string[]> {
  const queue = await tx.leadQueue.findUnique({ where: { id: queueId }, select: { enabled: true, tag: true, comunicadorFlag: true, developments: { select: { id: true } } } });
  if (!queue || !queue.enabled || !isComunicadorQueue(queue)) throw new AppError("BAD_REQUEST", "channels.queueUnavailable");
  return queue.developments.map((d) => d.id);
}
