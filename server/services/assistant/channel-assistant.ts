import "server-only";
import type { AiProvider } from "@/server/ai/ai-provider";
import { can, Permission, type Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { configuredAiProvider } from "./configured-ai-provider";

export type ChannelAssistantSwitches = { enabled: boolean; sharesContactData: boolean };

/** The channel's switches and the provider that would answer (null: none configured). */
export async function getChannelAssistant(db: Db, channelId: string, getAiProvider: () => AiProvider | null = configuredAiProvider) {
  const channel = await db.channel.findUnique({ where: { id: channelId }, select: { assistantEnabled: true, assistantSharesContactData: true } });
  if (!channel) throw new AppError("NOT_FOUND", "channels.notFound");
  const provider = getAiProvider();
  return {
    enabled: channel.assistantEnabled,
    sharesContactData: channel.assistantSharesContactData,
    provider: provider ? { model: provider.model, standIn: provider.standIn } : null,
  };
}

// Each switch that moved is its own audit entry, so the log reads "enabled the assistant" and
// "allowed contact data" as the two decisions they are; both carry the whole before and after.
function auditActions(before: ChannelAssistantSwitches, after: ChannelAssistantSwitches): string[] {
  const actions: string[] = [];
  if (before.enabled !== after.enabled) actions.push(after.enabled ? "channel.assistant.enabled" : "channel.assistant.disabled");
  if (before.sharesContactData !== after.sharesContactData) {
    actions.push(after.sharesContactData ? "channel.assistant.contact_data_shared" : "channel.assistant.contact_data_masked");
  }
  return actions;
}

export async function setChannelAssistant(db: Db, actor: Actor, channelId: string, next: ChannelAssistantSwitches) {
  if (!can(actor, Permission.CHANNELS_MANAGE)) throw new AppError("FORBIDDEN", "common.forbidden");
  return db.$transaction(async (tx) => {
    const row = await tx.channel.findUnique({ where: { id: channelId }, select: { name: true, assistantEnabled: true, assistantSharesContactData: true } });
    if (!row) throw new AppError("NOT_FOUND", "channels.notFound");
    const before = { enabled: row.assistantEnabled, sharesContactData: row.assistantSharesContactData };
    const after = { enabled: next.enabled, sharesContactData: next.sharesContactData };
    const actions = auditActions(before, after);
    if (actions.length === 0) return { changed: false, ...after };
    await tx.channel.update({ where: { id: channelId }, data: { assistantEnabled: after.enabled, assistantSharesContactData: after.sharesContactData } });
    for (const action of actions) {
      await recordAudit(tx, { actorId: actor.id, action, entityType: "Channel", entityId: channelId, data: { name: row.name, before, after } });
    }
    return { changed: true, ...after };
  });
}
