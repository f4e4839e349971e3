import type { Db } from "@/server/db";
import { channelPublicSelect, tokenState } from "./channel-view";

export async function listChannels(db: Db) {
  const channels = await db.channel.findMany({
    select: { ...channelPublicSelect, _count: { select: { templates: true, developments: true } } },
    orderBy: [{ enabled: "desc" }, { name: "asc" }],
  });
  return channels.map(({ _count, ...channel }) => ({
    ...channel,
    tokenState: tokenState(channel.tokenValid),
    templateCount: _count.templates,
    developmentCount: _count.developments,
  }));
}
