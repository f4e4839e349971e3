import "server-only";
import { TemplateStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { GraphClient } from "@/server/meta/graph-client";
import { MetaApiError } from "@/server/meta/meta-errors";
import { graphForChannel } from "@/server/services/channels/channel-graph";
import { templateContentSelect, TOKEN_UNREADABLE_REASON } from "@/server/services/templates/template-view";
import type { StoredComponentColumns } from "@/server/services/templates/template-components";
import { metaTemplateComponents } from "./meta-template-components";
import { headerSample, type HeaderSampleDeps } from "./header-sample";
import { fromMetaStatus, isFinalStatus, reviewState, type ReviewState } from "./template-review";

type Deps = { graph?: (channel: { accessTokenEnc: string }) => GraphClient | null } & HeaderSampleDeps;

type Template = StoredComponentColumns & {
  id: string;
  name: string;
  language: string;
  category: "MARKETING" | "UTILITY" | "AUTHENTICATION";
  body: string;
  variables: unknown;
  metaTemplateId: string | null;
};

// A first attempt that reached Meta but whose answer was lost: Meta now says the name exists.
async function findAtMeta(client: GraphClient, wabaId: string, template: Template) {
  const list = await client.listTemplates({ wabaId, name: template.name, limit: 50 });
  return list.data.find((t) => t.name === template.name && t.language === template.language) ?? null;
}

async function sendToMeta(client: GraphClient, wabaId: string, template: Template, headerHandle: string | null): Promise<{ id: string; status: string }> {
  const components = metaTemplateComponents(template, headerHandle);
  if (template.metaTemplateId) {
    // A rejected template edited here is edited in place at Meta: a new create would clash on the name.
    await client.editTemplate({ templateId: template.metaTemplateId, category: template.category, components });
    return { id: template.metaTemplateId, status: TemplateStatus.PENDING };
  }
  try {
    return await client.createTemplate({ wabaId, name: template.name, language: template.language, category: template.category, components });
  } catch (error) {
    const existing = error instanceof MetaApiError && !error.retriable ? await findAtMeta(client, wabaId, template) : null;
    if (existing) return existing;
    throw error;
  }
}

/**
 * Hands a submitted draft to Meta and stores PENDING with Meta's id (or Meta's immediate decision).
 * A refusal at submission (invalid name, duplicate content…) becomes REJECTED with Meta's reason,
 * so the admin can edit it; network trouble is thrown for a retry. Idempotent: a template no longer
 * in DRAFT was already handed over, and is left as it is.
 */
export async function submitTemplateToMeta(db: Db, templateId: string, deps: Deps = {}, now = new Date()): Promise<ReviewState> {
  const template = await db.messageTemplate.findUnique({
    where: { id: templateId },
    select: {
      id: true,
      ...templateContentSelect,
      status: true,
      submittedAt: true,
      metaTemplateId: true,
      channel: { select: { wabaId: true, accessTokenEnc: true } },
    },
  });
  if (!template || template.status !== TemplateStatus.DRAFT || !template.submittedAt) return reviewState(template);
  const client = (deps.graph ?? graphForChannel)(template.channel);
  const decide = async (data: { status: TemplateStatus; metaTemplateId?: string | null; rejectedReason?: string | null }) => {
    const final = isFinalStatus(data.status);
    await db.messageTemplate.updateMany({
      where: { id: template.id, status: TemplateStatus.DRAFT },
      data: { ...data, decidedAt: final ? now : null },
    });
    return reviewState(await db.messageTemplate.findUnique({ where: { id: template.id }, select: { status: true, metaTemplateId: true } }));
  };
  if (!client) return decide({ status: TemplateStatus.REJECTED, rejectedReason: TOKEN_UNREADABLE_REASON });

  try {
    // A media header needs its sample at Meta first; a local problem (no app id, file gone) is a rejection the admin can fix.
    const sample = await headerSample(db, client, template, deps);
    if (!sample.ok) return decide({ status: TemplateStatus.REJECTED, rejectedReason: sample.reason });
    const created = await sendToMeta(client, template.channel.wabaId, template, sample.handle);
    return decide({ status: fromMetaStatus(created.status), metaTemplateId: created.id, rejectedReason: null });
  } catch (error) {
    if (!(error instanceof MetaApiError) || error.retriable) throw error;
    // Meta's own words: the screens already introduce them as the rejection reason.
    return decide({ status: TemplateStatus.REJECTED, rejectedReason: error.details ?? error.message });
  }
}
