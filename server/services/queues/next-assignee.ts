import type { Db } from "@/server/db";
import { Permission } from "@/server/auth/permissions";

export type Ineligibility = "inactive" | "communicationOff" | "noInboxAccess";

type MemberUser = { active: boolean; canCommunicate: boolean; accessProfile: { isAdmin: boolean; permissions: readonly string[] } };

// Why a member would be skipped by the round-robin: a lead they could not open or answer.
export function ineligibility(user: MemberUser): Ineligibility[] {
  const reasons: Ineligibility[] = [];
  if (!user.active) reasons.push("inactive");
  if (!user.canCommunicate) reasons.push("communicationOff");
  if (!user.accessProfile.isAdmin && !user.accessProfile.permissions.includes(Permission.INBOX_USE)) reasons.push("noInboxAccess");
  return reasons;
}

export type QueueCandidate = { userId: string; eligible: boolean };

// Round-robin: the first eligible member after the last one served, wrapping around. When the last
// one served left the queue (or nobody was served yet) the turn starts again from the top.
export function pickNextAssignee<T extends QueueCandidate>(members: readonly T[], lastAssignedUserId: string | null): T | null {
  const last = lastAssignedUserId ? members.findIndex((m) => m.userId === lastAssignedUserId) : -1;
  for (let step = 1; step <= members.length; step++) {
    const candidate = members[(last + step) % members.length];
    if (candidate?.eligible) return candidate;
  }
  return null;
}

export const MEMBER_ORDER = [{ position: "asc" }, { joinedAt: "asc" }, { userId: "asc" }] as const;

export async function loadQueueCandidates(db: Pick<Db, "leadQueueMember">, queueId: string) {
  const members = await db.leadQueueMember.findMany({
    where: { queueId },
    orderBy: [...MEMBER_ORDER],
    select: {
      userId: true,
      user: { select: { name: true, active: true, canCommunicate: true, accessProfile: { select: { isAdmin: true, permissions: true } } } },
    },
  });
  return members.map((m) => {
    const reasons = ineligibility(m.user);
    return { userId: m.userId, name: m.user.name, reasons, eligible: reasons.length === 0 };
  });
}

// Who would receive the queue's next lead, without claiming the turn.
export async function previewNextAssignee(db: Pick<Db, "leadQueue" | "leadQueueMember">, queueId: string) {
  const queue = await db.leadQueue.findUnique({ where: { id: queueId }, select: { lastAssignedUserId: true } });
  if (!queue) return null;
  const next = pickNextAssignee(await loadQueueCandidates(db, queueId), queue.lastAssignedUserId);
  return next ? { userId: next.userId, name: next.name } : null;
}
