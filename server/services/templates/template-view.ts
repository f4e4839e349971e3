import "server-only";
import type { TemplateStatus } from "@/generated/prisma/enums";
// Imported by the local launcher too (dev/launcher/sandbox-templates.ts): relative imports only.
import { parseStoredVariables } from "./template-variables";
import { storedComponents, type StoredComponentColumns, type StoredComponents } from "./template-components";

// A submission with no PENDING after this long is taken as lost: the admin may send it again.
export const SUBMISSION_STALE_MS = 5 * 60 * 1000;

// What Meta is shown of a template: its name, language, category, body with the variables, and
// the other components (header, footer, buttons).
export const templateComponentsSelect = {
  headerFormat: true,
  headerText: true,
  headerVariables: true,
  headerMediaAssetId: true,
  footer: true,
  buttons: true,
} as const;
export const templateContentSelect = { name: true, language: true, category: true, body: true, variables: true, ...templateComponentsSelect } as const;

export const templateSelect = {
  id: true,
  channelId: true,
  ...templateContentSelect,
  status: true,
  metaTemplateId: true,
  rejectedReason: true,
  submittedAt: true,
  decidedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

type TemplateRow = StoredComponentColumns & {
  status: TemplateStatus;
  variables: unknown;
  rejectedReason: string | null;
  submittedAt: Date | null;
};

// A rejection the app records itself (it could not hand the template to Meta): a key under
// `templates.rejectedReasons.`; Meta's own reasons are shown as Meta words them.
export const TOKEN_UNREADABLE_REASON = "TOKEN_UNREADABLE";

// Meta reports "NONE" when it gives no reason (seed: "A Meta não informa o motivo").
export function normaliseRejectedReason(reason: string | null): string | null {
  return reason && reason.trim().toUpperCase() !== "NONE" ? reason : null;
}

export function toTemplateView<T extends TemplateRow>(row: T, now = new Date()) {
  const inFlight = row.status === "DRAFT" && row.submittedAt !== null;
  const components: StoredComponents = storedComponents(row);
  // The raw Json columns give way to their parsed form.
  const rest: Omit<T, keyof StoredComponents> = row;
  return {
    ...rest,
    ...components,
    variables: parseStoredVariables(row.variables),
    rejectedReason: normaliseRejectedReason(row.rejectedReason),
    // Submitted, waiting for the background job to hand it to Meta ("Enviando para a Meta…").
    inFlight,
    submissionStale: inFlight && row.submittedAt !== null && now.getTime() - row.submittedAt.getTime() > SUBMISSION_STALE_MS,
    editable: (row.status === "DRAFT" && !inFlight) || row.status === "REJECTED",
  };
}
