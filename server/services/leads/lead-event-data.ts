import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { FailureColumns } from "@/server/i18n/failure-view";

// The optional fields other writers put in LeadEvent.data (webhook, inbox, queues, expiry job, the
// lead page), read defensively: history must render whatever an older or newer writer stored.
export type LeadEventFacts = {
  assigneeId: string | null;
  assigneeName: string | null;
  /** An explicit "nobody" (the inbox's transfer to no one), not a missing field. */
  unassigned: boolean;
  queueId: string | null;
  queueName: string | null;
  ownerId: string | null;
  note: string | null;
  templateName: string | null;
  reopened: boolean;
  reason: string | null;
  /** MESSAGE_FAILED: why, as the failed message stores it (Meta code, app reason, or an older text). */
  failure: FailureColumns;
  origin: string | null;
  /** CONVERSATION_SUMMARY: the assistant's summary and what asked for it (transfer, close, manual). */
  summary: { wants: string; promised: string; pending: string; trigger: string | null } | null;
  /** LEAD_QUALIFIED: each field the broker saved, from → to. */
  qualification: { changes: QualificationChangeFact[]; source: string | null } | null;
};

export type QualificationChangeFact = { field: string; from: string | number | boolean | null; to: string | number | boolean | null; fromName: string | null; toName: string | null };

const text = (value: unknown) => (typeof value === "string" && value ? value : null);
const scalar = (value: unknown) => (typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null);

function summaryFacts(d: Record<string, unknown>): LeadEventFacts["summary"] {
  const [wants, promised, pending] = [text(d.wants), text(d.promised), text(d.pending)];
  if (!wants && !promised && !pending) return null;
  return { wants: wants ?? "", promised: promised ?? "", pending: pending ?? "", trigger: text(d.trigger) };
}

function qualificationFacts(d: Record<string, unknown>): LeadEventFacts["qualification"] {
  if (!Array.isArray(d.changes)) return null;
  const changes = d.changes.flatMap((change: unknown) => {
    if (!change || typeof change !== "object") return [];
    const c = change as Record<string, unknown>;
    const field = text(c.field);
    return field ? [{ field, from: scalar(c.from), to: scalar(c.to), fromName: text(c.fromName), toName: text(c.toName) }] : [];
  });
  return { changes, source: text(d.source) };
}

export function leadEventFacts(data: Prisma.JsonValue): LeadEventFacts {
  const d: Record<string, unknown> = data && typeof data === "object" && !Array.isArray(data) ? data : {};
  return {
    assigneeId: text(d.assigneeId) ?? text(d.toId),
    assigneeName: text(d.toName),
    unassigned: "toId" in d && d.toId === null,
    queueId: text(d.queueId),
    queueName: text(d.queueName),
    ownerId: text(d.ownerId),
    note: text(d.text),
    templateName: text(d.templateName),
    reopened: d.reopened === true,
    reason: text(d.reason),
    failure: { errorCode: typeof d.code === "number" ? d.code : null, errorTitle: text(d.title), failureReason: text(d.failureReason), failureParams: (d.failureParams ?? null) as Prisma.JsonValue },
    origin: text(d.origin),
    summary: summaryFacts(d),
    qualification: qualificationFacts(d),
  };
}
