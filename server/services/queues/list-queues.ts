import "server-only";
import type { Db } from "@/server/db";
import { isComunicadorQueue } from "./comunicador-queue";
import { ineligibility, MEMBER_ORDER, pickNextAssignee } from "./next-assignee";

const queueFieldsSelect = {
  id: true,
  name: true,
  tag: true,
  comunicadorFlag: true,
  origin: true,
  enabled: true,
  lastAssignedUserId: true,
} as const;

const memberSelect = {
  userId: true,
  user: { select: { name: true, email: true, active: true, canCommunicate: true, accessProfile: { select: { isAdmin: true, permissions: true } } } },
} as const;

type MemberRow = { userId: string; user: Parameters<typeof ineligibility>[0] & { name: string; email: string } };

function presentMembers(members: MemberRow[]) {
  return members.map((m) => {
    const reasons = ineligibility(m.user);
    return { userId: m.userId, name: m.user.name, email: m.user.email, reasons, eligible: reasons.length === 0 };
  });
}

export async function listQueues(db: Db) {
  const queues = await db.leadQueue.findMany({
    orderBy: [{ enabled: "desc" }, { name: "asc" }],
    select: {
      ...queueFieldsSelect,
      developments: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      members: { select: memberSelect, orderBy: [...MEMBER_ORDER] },
      _count: { select: { leads: true } },
    },
  });
  return queues.map(({ members, _count, ...queue }) => {
    const presented = presentMembers(members);
    const next = pickNextAssignee(presented, queue.lastAssignedUserId);
    return {
      ...queue,
      isComunicador: isComunicadorQueue(queue),
      members: presented,
      leadCount: _count.leads,
      nextAssignee: next ? { userId: next.userId, name: next.name } : null,
    };
  });
}

export async function getQueue(db: Db, id: string) {
  const queue = await db.leadQueue.findUnique({
    where: { id },
    select: {
      ...queueFieldsSelect,
      developments: { select: { id: true } },
      members: { select: memberSelect, orderBy: [...MEMBER_ORDER] },
    },
  });
  if (!queue) return null;
  return { ...queue, developmentIds: queue.developments.map((d) => d.id), members: presentMembers(queue.members) };
}

// What the queue form offers: developments to link and users to add, each user with why the
// round-robin would skip them.
export async function queueFormOptions(db: Db) {
  const [developments, users] = await Promise.all([
    db.development.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.user.findMany({
      orderBy: [{ active: "desc" }, { name: "asc" }],
      select: { id: true, name: true, email: true, active: true, canCommunicate: true, accessProfile: { select: { isAdmin: true, permissions: true } } },
    }),
  ]);
  return {
    developments,
    users: users.map(({ accessProfile, ...user }) => {
      const reasons = ineligibility({ ...user, accessProfile });
      return { ...user, reasons, eligible: reasons.length === 0 };
    }),
  };
}
