import "server-only";
import { failureView } from "@/server/i18n/failure-view";
import type { RecipientRow } from "./recipient-rows";
import type { RecipientReason } from "./recipient-states";

export function recipientReason(row: RecipientRow): RecipientReason | null {
  if (row.status === "FAILED" && row.messageId) return failureView(row);
  if ((row.status === "FAILED" || row.status === "HELD") && row.reasonCode) return { kind: "campaign", code: row.reasonCode };
  return null;
}
