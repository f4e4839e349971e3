import "server-only";
import type { Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type QueueMember = { userId: string; eligible: boolean };

/**
 * The member after the last one served, in `position` order, skipping who may not take leads
 * now (inactive or with the communication flag off). Null when nobody is eligible.
 */
export function nextMember(members: QueueMember[], lastAssignedUserId: string | null): string | null {
  const start = members.findIndex((m) => m.userId === lastAssignedUserId) + 1;
  for (let i = 0; i < members.length; i++) {
    const member = members[(start + i) % members.length];
    if (member?.eligible) return member.userId;
  }
  return null;
}

// The queue row stays locked until the transaction commits, so two leads arriving at once
// never get the same turn.
export async function takeTurn(tx: Tx, queueId: string, members: QueueMember[]): Promise<string | null> {
  const rows = await tx.$queryRaw<{ lastAssignedUserId: string | null }[]>`
    SELECT "lastAssignedUserId" FROM "LeadQueue" WHERE "id" = ${queueId} FOR UPDATE`;
  const brokerId = nextMember(members, rows[0]?.lastAssignedUserId ?? null);
  if (brokerId) await tx.leadQueue.update({ where: { id: queueId }, data: { lastAssignedUserId: brokerId } });
  return brokerId;
}
