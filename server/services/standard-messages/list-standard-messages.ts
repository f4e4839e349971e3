import "server-only";
import type { Db } from "@/server/db";
import { can, Permission, type Actor } from "@/server/auth/permissions";

const select = { id: true, title: true, body: true, updatedAt: true } as const;

// Global messages are everyone's; personal ones are only ever their owner's.
export async function listStandardMessages(db: Db, actor: Actor) {
  const usesInbox = can(actor, Permission.INBOX_USE);
  const [global, personal] = await Promise.all([
    db.standardMessage.findMany({ where: { ownerId: null }, orderBy: [{ title: "asc" }, { id: "asc" }], select }),
    usesInbox ? db.standardMessage.findMany({ where: { ownerId: actor.id }, orderBy: [{ title: "asc" }, { id: "asc" }], select }) : [],
  ]);
  return { global, personal, canManageGlobal: can(actor, Permission.STANDARD_MESSAGES_MANAGE), canManagePersonal: usesInbox };
}
