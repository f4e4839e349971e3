import "server-only";
import { can, Permission, type Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { loadComunicadorQueues } from "@/server/services/leads/distribute-lead";
import { queueFormOptions } from "@/server/services/queues/list-queues";

/**
 * What the new-channel wizard offers for "where do this number's leads go": the Comunicador
 * queues, and, to whoever may manage queues, the brokers a new queue could take.
 */
export async function channelQueueOptions(db: Db, actor: Actor) {
  const queues = await loadComunicadorQueues(db);
  const developments = await db.development.findMany({
    where: { id: { in: [...new Set(queues.flatMap((q) => q.developmentIds))] } },
    select: { id: true, name: true },
  });
  const developmentName = new Map(developments.map((d) => [d.id, d.name]));
  const canCreate = can(actor, Permission.QUEUES_MANAGE);
  const brokers = canCreate ? (await queueFormOptions(db)).users.filter((u) => u.eligible).map((u) => ({ id: u.id, name: u.name })) : [];
  return {
    queues: queues
      .map((q) => ({
        id: q.id,
        name: q.name,
        eligibleMembers: q.members.filter((m) => m.eligible).length,
        developments: q.developmentIds.map((id) => developmentName.get(id) ?? "").filter(Boolean).sort(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "pt-BR")),
    canCreate,
    brokers,
  };
}
