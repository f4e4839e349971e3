import "server-only";
import type { Db } from "@/server/db";
import { writeLeadEvents } from "@/server/services/leads/lead-events";
import { addProblem, newApplyContext, type ApplyContext, type ApplyOutcome, type Tx } from "./apply-context";
import { applyAccountUpdate, applyPhoneQuality, channelsFor } from "./apply-channel-health";
import { applyInboundChanges, type InboundChange } from "./apply-inbound-messages";
import { applyStatuses, type StatusChange } from "./apply-statuses";
import { applyTemplateStatus } from "./apply-template-status";
import { loadChannels, type ChannelIndex } from "./load-channels";
import { markEventsApplied } from "./mark-events-applied";
import { readChanges, type ReadChange } from "./read-changes";
import { parseEnvelope, type Envelope } from "./read-envelope";
import { retryOnConflict } from "./retry-on-conflict";

// Channel.lastWebhookAt is written at most once a minute: a per-request write would make every
// webhook of a busy number queue on that one row.
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** A stored WebhookEvent to apply: its `payload` is the part its signature covered (bindEnvelope). */
export type StoredWebhook = { id: string; payload: unknown; receivedAt: Date; problems?: string[] };

async function markChannelsSeen(tx: Tx, channels: ChannelIndex, seen: Map<string, Date>) {
  const loaded = new Map([...channels.byPhoneNumberId.values()].map((c) => [c.id, c]));
  for (const [id, receivedAt] of seen) {
    const staleBefore = new Date(receivedAt.getTime() - LAST_SEEN_RESOLUTION_MS);
    const last = loaded.get(id)?.lastWebhookAt;
    if (last && last >= staleBefore) continue;
    await tx.channel.updateMany({
      where: { id, OR: [{ lastWebhookAt: null }, { lastWebhookAt: { lt: staleBefore } }] },
      data: { lastWebhookAt: receivedAt },
    });
  }
}

// Inbound messages and statuses are collected and applied for the whole batch at once
// (applyInboundChanges, then applyStatuses): statuses move outbound messages only, and nothing
// else a webhook carries (templates, quality, account) depends on either.
type Collected = { inbound: InboundChange[]; statuses: StatusChange[] };

async function applyChange(ctx: ApplyContext, channels: ChannelIndex, change: ReadChange, collected: Collected) {
  switch (change.kind) {
    case "messages": {
      const { phoneNumberId, messages, statuses } = change.value;
      const channel = channels.byPhoneNumberId.get(phoneNumberId);
      if (channel) ctx.channelIds.add(channel.id);
      if (messages.length > 0) {
        if (channel) collected.inbound.push({ ctx, channel, value: change.value });
        else addProblem(ctx.outcome, `mensagens para um número sem canal (${phoneNumberId.slice(0, 30)}) ignoradas`);
      }
      // Only this number's own messages: a wamid of another channel is not this change's to move.
      if (statuses.length > 0) {
        if (channel) collected.statuses.push({ ctx, channelId: channel.id, statuses });
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

function readStored(event: StoredWebhook, problems: string[]): ReadChange[] {
  const read = parseEnvelope(event.payload);
  if (read.ok) return readChanges(read.envelope, problems);
  problems.push(read.reason);
  return [];
}

/**
 * Applies stored webhooks, in the order given, inside the caller's transaction and marks each
 * processed there too: an event is applied exactly when its mark commits. One outcome per event,
 * to act on once the transaction commits.
 */
export async function applyStoredWebhooks(tx: Tx, events: StoredWebhook[]): Promise<ApplyOutcome[]> {
  const contexts = events.map((event) => {
    const ctx = newApplyContext(tx, event.receivedAt);
    for (const problem of event.problems ?? []) addProblem(ctx.outcome, problem);
    return { event, ctx, changes: readStored(event, ctx.outcome.problems) };
  });
  const channels = await loadChannels(tx, contexts.flatMap((c) => c.changes));
  const seen = new Map<string, Date>();
  const collected: Collected = { inbound: [], statuses: [] };
  for (const { ctx, changes } of contexts) {
    for (const change of changes) await applyChange(ctx, channels, change, collected);
    for (const id of ctx.channelIds) seen.set(id, ctx.receivedAt);
  }
  await applyInboundChanges(tx, collected.inbound);
  await applyStatuses(tx, collected.statuses);
  await writeLeadEvents(tx, contexts.map(({ ctx }) => ({ drafts: ctx.leadEvents, at: ctx.receivedAt })));
  await markChannelsSeen(tx, channels, seen);
  await markEventsApplied(
    tx,
    contexts.map(({ event, ctx }) => ({
      id: event.id,
      channelId: [...ctx.channelIds][0] ?? null,
      error: ctx.outcome.problems.join("; ").slice(0, 1000) || null,
      unmatchedStatuses: ctx.unmatchedStatuses,
    })),
  );
  return contexts.map((c) => c.ctx.outcome);
}

/**
 * Applies one stored webhook again in its own transaction (retried when a concurrent delivery of
 * the same payload collides with it), whether or not it was applied before: applying is
 * idempotent. The early-status replay uses it.
 */
export function applyWebhook(db: Db, input: { eventId: string; envelope: Envelope; receivedAt: Date; problems?: string[] }): Promise<ApplyOutcome> {
  const event: StoredWebhook = { id: input.eventId, payload: input.envelope, receivedAt: input.receivedAt, problems: input.problems };
  return retryOnConflict(() =>
    db.$transaction(
      async (tx) => {
        // Waits for a first application in flight, so the two never interleave.
        await tx.$queryRaw`SELECT "id" FROM "WebhookEvent" WHERE "id" = ${event.id} FOR UPDATE`;
        return (await applyStoredWebhooks(tx, [event]))[0] as ApplyOutcome;
      },
      { maxWait: 5_000, timeout: 15_000 },
    ),
  );
}
