import "server-only";
import type { Db } from "@/server/db";

// For the inbox's channel filter: names only, no credentials.
export function listInboxChannels(db: Db) {
  return db.channel.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, mode: true, enabled: true }, take: 200 });
}
