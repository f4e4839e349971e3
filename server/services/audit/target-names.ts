import "server-only";
import type { Db } from "@/server/db";

type Row = { id: string; entityType: string; entityId: string | null; data: unknown };

// Most entries store `name`; media entries store the material's `title`.
const storedName = (data: unknown) => {
  if (typeof data !== "object" || data === null) return null;
  const { name, title } = data as Record<string, unknown>;
  return typeof name === "string" && name ? name : typeof title === "string" && title ? title : null;
};

// Entries record the entity's name when written (so a deleted one stays readable); older entries
// and other domains' entries are named from the live row.
const lookups: Record<string, (db: Db, ids: string[]) => Promise<{ id: string; name: string }[]>> = {
  User: (db, ids) => db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  AccessProfile: (db, ids) => db.accessProfile.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  LeadQueue: (db, ids) => db.leadQueue.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  Channel: (db, ids) => db.channel.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  Development: (db, ids) => db.development.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  MessageTemplate: (db, ids) => db.messageTemplate.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  MediaAsset: async (db, ids) =>
    (await db.mediaAsset.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((m) => ({ id: m.id, name: m.title })),
  StandardMessage: async (db, ids) =>
    (await db.standardMessage.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((m) => ({ id: m.id, name: m.title })),
};

export async function resolveTargetNames(db: Db, rows: Row[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const missing = new Map<string, Set<string>>();
  for (const row of rows) {
    const name = storedName(row.data);
    if (name) names.set(row.id, name);
    else if (row.entityId && lookups[row.entityType]) missing.set(row.entityType, (missing.get(row.entityType) ?? new Set()).add(row.entityId));
  }
  for (const [entityType, ids] of missing) {
    const found = new Map((await lookups[entityType]!(db, [...ids])).map((e) => [e.id, e.name]));
    for (const row of rows) {
      const name = row.entityType === entityType && row.entityId ? found.get(row.entityId) : undefined;
      if (name && !names.has(row.id)) names.set(row.id, name);
    }
  }
  return names;
}
