import type { FailureView } from "@/server/i18n/failure-view";
import { z } from "zod";

/**
 * What the screens show for a recipient, derived at read time: the engine writes WAITING (its
 * QUEUED), HELD, SENT ("its message has been queued") and FAILED (refused before any message);
 * from SENT on, the linked message's status says the rest and an inbound message from the lead
 * after it makes REPLIED. Shared with the browser (filters, labels).
 */
export const DERIVED_RECIPIENT_STATUSES = ["WAITING", "HELD", "QUEUED", "SENT", "DELIVERED", "READ", "REPLIED", "FAILED"] as const;
export type DerivedRecipientStatus = (typeof DERIVED_RECIPIENT_STATUSES)[number];

export const RECIPIENTS_PAGE_SIZE = 50;

export const campaignIdInput = z.object({ campaignId: z.string().min(1).max(64) });

export const recipientsInput = campaignIdInput.extend({
  status: z.enum(DERIVED_RECIPIENT_STATUSES).nullish(),
  search: z.string().trim().max(100).nullish(),
  page: z.number().int().min(0).max(10_000).default(0),
});
export type RecipientsInput = z.infer<typeof recipientsInput>;

/**
 * Why a recipient is held or failed: a campaign catalogue code the engine wrote, or the linked
 * message's own failure (Meta's code or the app's reason), translated by the reader's screen.
 */
export type RecipientReason = { kind: "campaign"; code: string } | FailureView;
