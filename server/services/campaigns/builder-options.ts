import "server-only";
import { ChannelMode, TemplateStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import { parseStoredVariables } from "@/server/services/templates/template-variables";

/**
 * What the campaign builder offers: the channels that may start conversations with their approved
 * templates (and each template's variables), and the values the segment filters choose from.
 */
export async function campaignBuilderOptions(db: Db) {
  const [channels, developments, tags, queues, owners] = await Promise.all([
    db.channel.findMany({
      where: { mode: ChannelMode.ACTIVE, canStartConversations: true, enabled: true },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        displayPhoneNumber: true,
        templates: { where: { status: TemplateStatus.APPROVED }, orderBy: { name: "asc" }, select: { id: true, name: true, language: true, category: true, body: true, variables: true } },
      },
    }),
    db.development.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.leadQueue.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    channels: channels.map((c) => ({ ...c, templates: c.templates.map((t) => ({ ...t, variables: parseStoredVariables(t.variables) })) })),
    developments,
    tags,
    queues,
    owners,
  };
}
