import "server-only";
import { TemplateStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { GraphClient } from "@/server/meta/graph-client";
import { MetaApiError } from "@/server/meta/meta-errors";
import { graphForChannel } from "@/server/services/channels/channel-graph";
import { fromMetaStatus, isFinalStatus, reviewState, type ReviewState } from "./template-review";

type Deps = { graph?: (channel: { accessTokenEnc: string }) => GraphClient | null };

type Decision = { status: TemplateStatus; rejectedReason?: string | null };

async function applyDecision(db: Db, templateId: string, decision: Decision, now: Date): Promise<ReviewState> {
  await db.messageTemplate.updateMany({
    where: { id: templateId, status: TemplateStatus.PENDING },
    data: { status: decision.status, decidedAt: now, ...(decision.rejectedReason !== undefined ? { rejectedReason: decision.rejectedReason } : {}) },
  });
  return reviewState(await db.messageTemplate.findUnique({ where: { id: templateId }, select: { status: true, metaTemplateId: true } }));
}

/**
 * Where the review stands, cheapest source first: our row (the webhook may have applied the
 * decision already), then the decision event Meta's webhook produced, then Meta itself (GET
 * /{template-id}), the polling fallback when webhooks do not arrive.
 */
export async function checkTemplateReview(db: Db, templateId: string, announced: string | null, deps: Deps = {}, now = new Date()): Promise<ReviewState> {
  const template = await db.messageTemplate.findUnique({
    where: { id: templateId },
    select: { status: true, metaTemplateId: true, channel: { select: { accessTokenEnc: true } } },
  });
  const current = reviewState(template);
  if (!template || current.final || template.status !== TemplateStatus.PENDING) return current;
  if (announced && isFinalStatus(announced.toUpperCase())) return applyDecision(db, templateId, { status: fromMetaStatus(announced) }, now);
  const client = (deps.graph ?? graphForChannel)(template.channel);
  if (!template.metaTemplateId || !client) return current;
  try {
    const atMeta = await client.getTemplate(template.metaTemplateId);
    const status = fromMetaStatus(atMeta.status);
    if (!isFinalStatus(status)) return current;
    return applyDecision(db, templateId, { status, rejectedReason: status === TemplateStatus.REJECTED ? (atMeta.rejected_reason ?? null) : undefined }, now);
  } catch (error) {
    // Meta no longer knows the id (deleted there): keep waiting; the admin sees it still pending.
    if (error instanceof MetaApiError && !error.retriable) return current;
    throw error;
  }
}
