import "server-only";
import type { Db } from "@/server/db";
import { writeLeadEvents } from "@/server/services/leads/lead-events";
import { addProblem, newApplyContext, type ApplyContext, type ApplyOutcome, type Tx } from "./apply-context";
import { applyAccountUpdate, applyPhoneQuality, channelsFor } from "./apply-channel-health";
import { applyInboundMessages } from "./apply-inbound-messages";
import { applyStatuses } from "./apply-statuses";
import { applyTemplateStatus } from "./apply-template-status";
import { loadChannels, type ChannelIndex } from "./load-channels";
import { readChanges, type ReadChange } from "./read-changes";
import type { Envelope } from "./read-envelope";
import { retryOnConflict } from "./retry-on-conflict";

// Channel.lastWebhookAt is written at most once a minute: a per-request write would make every
// webhook of a busy number queue on that one row.
const LAST_SEEN_RESOLUTION_MS = 60_000;

async function markChannelsSeen(tx: Tx, channels: ChannelIndex, channelIds: string[], receivedAt: Date) {
  const staleBefore = new Date(receivedAt.getTime() - LAST_SEEN_RESOLUTION_MS);
  const loaded = new Map([...channels.byPhoneNumberId.values()].map((c) => [c.id, c]));
  const stale = channelIds.filter((id) => {
    const seen = loaded.get(id)?.lastWebhookAt;
    return !seen || seen < staleBefore;
  });
  if (stale.length === 0) return;
  await tx.channel.updateMany({
    where: { id: { in: stale }, OR: [{ lastWebhookAt: null }, { lastWebhookAt: { lt: staleBefore } }] },
    data: { lastWebhookAt: receivedAt },
  });
}

async function applyChange(ctx: ApplyContext, channels: ChannelIndex, change: ReadChange) {
  switch (change.kind) {
    case "messages": {
      const { phoneNumberId, messages, statuses } = change.value;
      const channel = channels.byPhoneNumberId.get(phoneNumberId);
      if (channel) ctx.channelIds.add(channel.id);
      if (messages.length > 0) {
        if (channel) await applyInboundMessages(ctx, channel, change.value);
        else addProblem(ctx.outcome, `mensagens para um número sem canal (${phoneNumberId.slice(0, 30)}) ignoradas`);
      }
      // Only this number's own messages: a wamid of another channel is not this change's to move.
      if (statuses.length > 0) {
        if (channel) await applyStatuses(ctx, channel, statuses);
        else addProblem(ctx.outcome, `status para um número sem canal (${phoneNumberId.slice(0, 30)}) ignorados`);
      }
      return;
    }
    case "message_template_status_update":
      for (const channel of channels.byWaba.get(change.wabaId) ?? []) ctx.channelIds.add(channel.id);
      return applyTemplateStatus(ctx, change.wabaId, change.value);
    case "phone_number_quality_update":
      return applyPhoneQuality(ctx, channelsFor(channels, change.wabaId, change.value.display_phone_number), change.value);
    case "account_update":
      return applyAccountUpdate(ctx, channelsFor(channels, change.wabaId, change.value.phone_number), change.value);
  }
}

/**
 * Applies a stored webhook's covered part (see bindEnvelope) in one transaction (retried when a concurrent delivery of the same
 * payload collides with it) and marks it processed. What to do after the commit is returned.
 */
export function applyWebhook(
  db: Db,
  input: { eventId: string; envelope: Envelope; receivedAt: Date; problems?: string[] },
): Promise<ApplyOutcome> {
  const { receivedAt } = input;
  return retryOnConflict(() =>
    db.$transaction(
      async (tx) => {
        const ctx = newApplyContext(tx, receivedAt);
        for (const problem of input.problems ?? []) addProblem(ctx.outcome, problem);
        const changes = readChanges(input.envelope, ctx.outcome.problems);
        const channels = await loadChannels(tx, changes);
        for (const change of changes) await applyChange(ctx, channels, change);
        await writeLeadEvents(tx, ctx.leadEvents, receivedAt);
        const channelIds = [...ctx.channelIds];
        await markChannelsSeen(tx, channels, channelIds, receivedAt);
        await tx.webhookEvent.update({
          where: { id: input.eventId },
          data: { processedAt: new Date(), channelId: channelIds[0] ?? null, error: ctx.outcome.problems.join("; ").slice(0, 1000) || null },
          select: { id: true },
        });
        return ctx.outcome;
      },
      { maxWait: 5_000, timeout: 15_000 },
    ),
  );
}
