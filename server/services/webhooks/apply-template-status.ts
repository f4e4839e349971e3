import "server-only";
import { TemplateStatus } from "@/generated/prisma/client";
import type { TemplateStatusUpdateValue } from "@/server/meta/webhook-payload";
import { settingsChannel } from "@/server/realtime/channels";
import { addPush, type ApplyContext } from "./apply-context";
import { isMetaId } from "./read-changes";

// Meta's events that change what a template may do; the others (FLAGGED, IN_APPEAL…) are kept
// on the stored webhook only.
const STATUS_BY_EVENT: Record<string, TemplateStatus> = {
  APPROVED: TemplateStatus.APPROVED,
  REJECTED: TemplateStatus.REJECTED,
  PAUSED: TemplateStatus.PAUSED,
  DISABLED: TemplateStatus.DISABLED,
  PENDING: TemplateStatus.PENDING,
  REINSTATED: TemplateStatus.APPROVED,
};

// Meta usually rejects without a reason and then says "NONE".
function rejectionReason(value: TemplateStatusUpdateValue): string | null {
  const reason = value.reason?.trim();
  return reason && reason.toUpperCase() !== "NONE" ? reason.slice(0, 500) : null;
}

/** Updates the template Meta decided on, within the entry's WABA: by Meta's id, else by name + language. */
export async function applyTemplateStatus(ctx: ApplyContext, wabaId: string, value: TemplateStatusUpdateValue) {
  const status = STATUS_BY_EVENT[value.event.toUpperCase()];
  if (!status) return;
  const metaTemplateId = isMetaId(value.message_template_id) ? value.message_template_id : null;
  const byName = { name: value.message_template_name, language: value.message_template_language };
  // Only this WABA's templates, whichever way they match: the change speaks for no other account.
  const candidates = await ctx.tx.messageTemplate.findMany({
    where: { channel: { wabaId }, OR: metaTemplateId ? [{ metaTemplateId }, byName] : [byName] },
    select: { id: true, channelId: true, metaTemplateId: true },
  });
  const byMetaId = candidates.filter((t) => metaTemplateId && t.metaTemplateId === metaTemplateId);
  const templates = byMetaId.length > 0 ? byMetaId : candidates;
  if (templates.length === 0) return;
  await ctx.tx.messageTemplate.updateMany({
    where: { id: { in: templates.map((t) => t.id) } },
    data: {
      status,
      ...(metaTemplateId ? { metaTemplateId } : {}),
      rejectedReason: status === TemplateStatus.REJECTED ? rejectionReason(value) : null,
      decidedAt: status === TemplateStatus.PENDING ? null : ctx.receivedAt,
    },
  });
  for (const template of templates) {
    ctx.outcome.templateDecisions.push({ templateId: template.id, status });
    addPush(ctx.outcome, settingsChannel, { name: "template.updated", data: { templateId: template.id, channelId: template.channelId, status } });
  }
}
