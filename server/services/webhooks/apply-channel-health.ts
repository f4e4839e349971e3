import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { brazilPhoneKey } from "@/server/meta/phone";
import type { AccountUpdateValue, PhoneNumberQualityUpdateValue } from "@/server/meta/webhook-payload";
import { accountProblem, healthProblemColumns, lowQualityProblem, sameHealthProblem, type HealthProblem } from "@/server/services/channels/health-problem";
import { warnChannelManagers } from "@/server/services/channels/warn-channel-managers";
import { addPush, type ApplyContext } from "./apply-context";
import type { ChannelIndex, WebhookChannel } from "./load-channels";

const phoneKey = (phone: string) => brazilPhoneKey(`+${phone.replace(/\D/g, "")}`);

// Channels of a WABA, narrowed to one number when the event names it.
export function channelsFor(index: ChannelIndex, wabaId: string, phone?: string): WebhookChannel[] {
  const inWaba = index.byWaba.get(wabaId) ?? [];
  if (!phone) return inWaba;
  const matching = inWaba.filter((c) => phoneKey(c.displayPhoneNumber) === phoneKey(phone));
  return matching.length > 0 ? matching : inWaba.length === 1 ? inWaba : [];
}

async function updateChannels(ctx: ApplyContext, channels: WebhookChannel[], data: (c: WebhookChannel) => Prisma.ChannelUpdateInput) {
  for (const channel of channels) {
    ctx.channelIds.add(channel.id);
    await ctx.tx.channel.update({ where: { id: channel.id }, data: data(channel), select: { id: true } });
  }
}

// Stored before codes, FLAGGED wrote its own code; both mean the low quality UNFLAGGED ends.
const isLowQuality = (channel: WebhookChannel) => channel.healthProblemCode === lowQualityProblem.code || channel.healthProblemCode === "qualityFlagged";

/** FLAGGED / UNFLAGGED move the quality rating; every event carries the current messaging tier. */
export async function applyPhoneQuality(ctx: ApplyContext, channels: WebhookChannel[], value: PhoneNumberQualityUpdateValue) {
  const event = value.event.toUpperCase();
  await updateChannels(ctx, channels, (channel) => ({
    ...(value.current_limit ? { messagingTier: value.current_limit.slice(0, 64) } : {}),
    ...(event === "FLAGGED" ? { qualityRating: "RED", ...healthProblemColumns(lowQualityProblem) } : {}),
    // Meta only says "back to medium or high"; the scheduled health check reads the exact rating.
    ...(event === "UNFLAGGED" ? { qualityRating: "GREEN", ...(isLowQuality(channel) ? healthProblemColumns(null) : {}) } : {}),
  }));
  if (event !== "FLAGGED") return;
  // The health check's rule: a problem that is new warns the channel managers once (the hourly
  // check then reads RED, finds the same text stored and stays quiet).
  for (const channel of channels.filter((c) => !sameHealthProblem(lowQualityProblem, c))) {
    const { pushes } = await warnChannelManagers(ctx.tx, channel, lowQualityProblem);
    for (const push of pushes) addPush(ctx.outcome, push.channel, push.event);
    // A second FLAGGED in the same batch is not new.
    Object.assign(channel, healthProblemColumns(lowQualityProblem));
  }
}

function accountState(value: AccountUpdateValue): { accountStatus: string; problem: HealthProblem } | null {
  const event = value.event.toUpperCase();
  const banState = value.ban_info?.waba_ban_state;
  if (event === "ACCOUNT_BANNED" || banState) {
    return { accountStatus: (banState ?? "BANNED").slice(0, 64), problem: accountProblem("accountBanned") };
  }
  if (event === "ACCOUNT_RESTRICTION") {
    const types = (value.restriction_info ?? []).map((r) => r.restriction_type).join(", ").slice(0, 200);
    return { accountStatus: "RESTRICTED", problem: accountProblem("accountRestricted", { types: types || "none" }) };
  }
  if (event === "ACCOUNT_VIOLATION") {
    const type = value.violation_info?.violation_type?.slice(0, 200);
    return { accountStatus: "VIOLATION", problem: accountProblem("accountViolation", { type: type || "none" }) };
  }
  if (event === "DISABLED_UPDATE" || event === "ACCOUNT_DELETED") {
    return { accountStatus: "DISABLED", problem: accountProblem("accountDisabled") };
  }
  return null;
}

/** Bans, restrictions and violations become the channel's account status and health problem. */
export async function applyAccountUpdate(ctx: ApplyContext, channels: WebhookChannel[], value: AccountUpdateValue) {
  const state = accountState(value);
  if (state) await updateChannels(ctx, channels, () => ({ accountStatus: state.accountStatus, ...healthProblemColumns(state.problem) }));
  else for (const channel of channels) ctx.channelIds.add(channel.id);
}
