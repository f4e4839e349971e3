import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { MAX_TEMPLATE_NAME } from "./template-validation";

// "boas_vindas" → "boas_vindas_copia", then "_copia_2", "_copia_3"… within Meta's name length.
export function copyName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/_copia(_\d+)?$/, "");
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "_copia" : `_copia_${n}`;
    const candidate = base.slice(0, MAX_TEMPLATE_NAME - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

// A new draft from any template: the way to replace a rejected one under another name.
export async function duplicateTemplate(db: Db, actor: Actor, templateId: string) {
  return db.$transaction(async (tx) => {
    const source = await tx.messageTemplate.findUnique({ where: { id: templateId } });
    if (!source) throw new AppError("NOT_FOUND", "templates.notFound");
    const siblings = await tx.messageTemplate.findMany({
      where: { channelId: source.channelId, language: source.language, name: { startsWith: source.name.replace(/_copia(_\d+)?$/, "") } },
      select: { name: true },
    });
    const name = copyName(source.name, new Set(siblings.map((s) => s.name)));
    const copy = await tx.messageTemplate.create({
      data: {
        channelId: source.channelId,
        name,
        language: source.language,
        category: source.category,
        body: source.body,
        variables: source.variables as Prisma.InputJsonValue,
        headerFormat: source.headerFormat,
        headerText: source.headerText,
        headerVariables: source.headerVariables as Prisma.InputJsonValue,
        headerMediaAssetId: source.headerMediaAssetId,
        footer: source.footer,
        buttons: source.buttons as Prisma.InputJsonValue,
        status: "DRAFT",
      },
      select: { id: true, name: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "template.duplicated", entityType: "MessageTemplate", entityId: copy.id, data: { from: source.id, name } });
    return copy;
  });
}
