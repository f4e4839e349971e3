import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";

// Removes the template here. One Meta already knows (submitted or decided) must also be deleted
// at Meta by the background side: the audit entry keeps the WABA, name and Meta id it needs.
export async function deleteTemplate(db: Db, actor: Actor, templateId: string) {
  return db.$transaction(async (tx) => {
    const row = await tx.messageTemplate.findUnique({
      where: { id: templateId },
      select: { id: true, name: true, language: true, status: true, metaTemplateId: true, submittedAt: true, channel: { select: { id: true, wabaId: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND", "templates.notFound");
    await tx.messageTemplate.delete({ where: { id: row.id } });
    const knownToMeta = Boolean(row.metaTemplateId) || row.submittedAt !== null;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "template.deleted",
      entityType: "MessageTemplate",
      entityId: row.id,
      data: { name: row.name, language: row.language, status: row.status, channelId: row.channel.id, wabaId: row.channel.wabaId, metaTemplateId: row.metaTemplateId, knownToMeta },
    });
    return { id: row.id, knownToMeta };
  });
}
