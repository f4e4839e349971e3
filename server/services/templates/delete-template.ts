import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { GraphClient } from "@/server/meta/graph-client";
import { MetaApiError } from "@/server/meta/meta-errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { graphForChannel } from "@/server/services/channels/channel-graph";
import { toTemplateView } from "./template-view";

// Injectable so tests can point the Meta call anywhere (the sandbox by default, via the env).
export type DeleteTemplateDeps = { graph?: (channel: { accessTokenEnc: string }) => GraphClient | null };

// Meta's "Message template not found": it no longer has it (deleted in WhatsApp Manager, say).
const NOT_FOUND_AT_META = 2593002;

type Row = { name: string; metaTemplateId: string; channel: { wabaId: string; accessTokenEnc: string } };

/** Deletes the template at Meta; false when Meta no longer had it. Throws the user's error otherwise. */
async function deleteAtMeta(row: Row, deps: DeleteTemplateDeps): Promise<boolean> {
  const client = (deps.graph ?? graphForChannel)(row.channel);
  if (!client) throw new AppError("PRECONDITION_FAILED", "templates.deleteTokenUnreadable");
  try {
    // hsm_id limits the deletion to this language; the name alone would take every language.
    await client.deleteTemplate({ wabaId: row.channel.wabaId, name: row.name, templateId: row.metaTemplateId });
    return true;
  } catch (error) {
    if (error instanceof MetaApiError && error.code === 100 && error.subcode === NOT_FOUND_AT_META) return false;
    if (error instanceof MetaApiError && !error.retriable) {
      throw new AppError("PRECONDITION_FAILED", "templates.deleteRefusedByMeta", { reason: error.details ?? error.title ?? error.message });
    }
    throw new AppError("PRECONDITION_FAILED", "templates.deleteMetaUnavailable");
  }
}

/**
 * Deletes a template Meta knows at Meta first, then here; if Meta refuses, nothing changes here.
 * A template Meta never received (no Meta id) is only deleted here.
 */
export async function deleteTemplate(db: Db, actor: Actor, templateId: string, deps: DeleteTemplateDeps = {}) {
  const row = await db.messageTemplate.findUnique({
    where: { id: templateId },
    select: {
      id: true,
      name: true,
      language: true,
      status: true,
      variables: true,
      rejectedReason: true,
      metaTemplateId: true,
      submittedAt: true,
      channel: { select: { id: true, wabaId: true, accessTokenEnc: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "templates.notFound");
  // The template/submit job may be creating it at Meta right now: deleting here would orphan it there.
  const view = toTemplateView(row);
  if (view.inFlight && !view.submissionStale) throw new AppError("CONFLICT", "templates.inFlight");

  const metaTemplateId = row.metaTemplateId;
  const deletedAtMeta = metaTemplateId ? await deleteAtMeta({ ...row, metaTemplateId }, deps) : false;
  return db.$transaction(async (tx) => {
    await tx.messageTemplate.deleteMany({ where: { id: row.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "template.deleted",
      entityType: "MessageTemplate",
      entityId: row.id,
      data: {
        name: row.name,
        language: row.language,
        status: row.status,
        channelId: row.channel.id,
        wabaId: row.channel.wabaId,
        metaTemplateId,
        deletedAtMeta,
        alreadyGoneAtMeta: Boolean(metaTemplateId) && !deletedAtMeta,
      },
    });
    return { id: row.id, knownToMeta: Boolean(metaTemplateId), deletedAtMeta };
  });
}
