import type { RecipientReason } from "@/server/services/campaigns/recipient-states";
import { failureText, metaErrorText, type Translate } from "./stored-texts";

/**
 * A campaign engine's code (a recipient held or refused, a campaign that paused itself) as a
 * sentence: the engine stores error-catalogue keys ("campaigns.heldTierLimit", "leads.marketingOptedOut").
 */
export function campaignReasonText(t: Translate, code: string): string {
  if (t.has(`errors.${code}`)) return t(`errors.${code}`);
  // A bare Meta code, should one be stored (e.g. the error that paused the campaign).
  if (/^\d+$/.test(code)) return metaErrorText(t, Number(code)).title;
  return t("campaigns.reasons.unknown", { code });
}

/** Why a recipient is held or failed, in the reader's language. */
export function recipientReasonText(t: Translate, reason: RecipientReason): string {
  return reason.kind === "campaign" ? campaignReasonText(t, reason.code) : failureText(t, reason).title;
}
