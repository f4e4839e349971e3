import type { RecipientReason } from "@/server/services/campaigns/recipient-states";
import { failureText, metaErrorText, type Translate } from "./stored-texts";

/** A campaign catalogue code (a recipient held or refused, a campaign that paused itself) as a sentence. */
export function campaignReasonText(t: Translate, code: string): string {
  if (t.has(`campaigns.reasons.${code}`)) return t(`campaigns.reasons.${code}`);
  // The engine may pass Meta's own code on (e.g. a spam-rate error that paused the campaign).
  if (/^\d+$/.test(code)) return metaErrorText(t, Number(code)).title;
  if (t.has(`errors.${code}`)) return t(`errors.${code}`);
  return t("campaigns.reasons.unknown", { code });
}

/** Why a recipient is held or failed, in the reader's language. */
export function recipientReasonText(t: Translate, reason: RecipientReason): string {
  return reason.kind === "campaign" ? campaignReasonText(t, reason.code) : failureText(t, reason).title;
}
