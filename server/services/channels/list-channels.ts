import "server-only";
import type { Db } from "@/server/db";
import { healthProblemView } from "@/server/services/channels/health-problem";
import { channelLeadQueues } from "./channel-lead-queue";
import { channelPublicSelect, tokenState } from "./channel-view";

export async function listChannels(db: Db) {
  const channels = await db.channel.findMany({
    select: { ...channelPublicSelect, leadQueueId: true, developments: { select: { id: true } }, _count: { select: { templates: true, developments: true } } },
    orderBy: [{ enabled: "desc" }, { name: "asc" }],
  });
  const queues = await channelLeadQueues(db, channels.map((c) => ({ id: c.id, leadQueueId: c.leadQueueId, developmentIds: c.developments.map((d) => d.id) })));
  return channels.map(({ _count, developments: _developments, leadQueueId: _leadQueueId, healthProblemCode, healthProblemParams, ...channel }) => ({
    ...channel,
    healthProblem: healthProblemView({ healthProblem: channel.healthProblem, healthProblemCode, healthProblemParams }),
    tokenState: tokenState(channel.tokenValid),
    templateCount: _count.templates,
    developmentCount: _count.developments,
    leadQueue: queues.get(channel.id) ?? null,
  }));
}
