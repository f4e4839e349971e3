import "server-only";
import { TemplateStatus } from "@/generated/prisma/enums";

export type ReviewState = { status: TemplateStatus | "MISSING"; final: boolean; metaTemplateId: string | null };

const FINAL: ReadonlySet<string> = new Set([TemplateStatus.APPROVED, TemplateStatus.REJECTED, TemplateStatus.PAUSED, TemplateStatus.DISABLED]);

export const isFinalStatus = (status: string) => FINAL.has(status);

/** Meta's status in our terms; statuses we do not model (IN_APPEAL, …) mean "still under review". */
export function fromMetaStatus(status: string): TemplateStatus {
  const upper = status.toUpperCase();
  return isFinalStatus(upper) ? (upper as TemplateStatus) : TemplateStatus.PENDING;
}

export function reviewState(template: { status: TemplateStatus; metaTemplateId: string | null } | null): ReviewState {
  if (!template) return { status: "MISSING", final: false, metaTemplateId: null };
  return { status: template.status, final: isFinalStatus(template.status), metaTemplateId: template.metaTemplateId };
}
