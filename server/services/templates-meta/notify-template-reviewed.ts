import "server-only";
import { TemplateStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import { publish as publishPushes } from "@/server/realtime/publish";
import { inboxChannel, settingsChannel, type Push } from "@/server/realtime/channels";
import { normaliseRejectedReason } from "@/server/services/templates/template-view";
import { isFinalStatus } from "./template-review";

export const TEMPLATE_REVIEWED = "template.reviewed";

function message(name: string, status: TemplateStatus, reason: string | null): { title: string; body: string } {
  switch (status) {
    case TemplateStatus.APPROVED:
      return { title: `Template “${name}” aprovado pela Meta`, body: "Ele já pode ser usado para iniciar conversas." };
    case TemplateStatus.REJECTED:
      return {
        title: `Template “${name}” reprovado pela Meta`,
        body: reason
          ? `Motivo informado: ${reason}. Edite o template e envie de novo.`
          : "A Meta não informa o motivo. Revise o texto, edite o template e envie de novo, ou crie outro.",
      };
    case TemplateStatus.PAUSED:
      return { title: `Template “${name}” pausado pela Meta`, body: "A Meta pausou o template por baixa qualidade; ele não pode ser usado por enquanto." };
    default:
      return { title: `Template “${name}” desativado pela Meta`, body: "O template não pode mais ser usado. Crie outro template para substituí-lo." };
  }
}

/**
 * Tells whoever submitted the template how Meta decided (a Notification, once per submission) and
 * refreshes the settings screens.
 */
export async function notifyTemplateReviewed(
  db: Db,
  templateId: string,
  submitterId: string | null,
  publish: (pushes: Push[]) => Promise<void> = publishPushes,
): Promise<{ notificationId: string | null }> {
  const template = await db.messageTemplate.findUnique({
    where: { id: templateId },
    select: { id: true, channelId: true, name: true, status: true, rejectedReason: true, submittedAt: true, submittedById: true },
  });
  if (!template) return { notificationId: null };
  const pushes: Push[] = [{ channel: settingsChannel, event: { name: "template.updated", data: { templateId, channelId: template.channelId, status: template.status } } }];
  const userId = template.submittedById ?? submitterId;
  let notificationId: string | null = null;
  const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { id: true, active: true } }) : null;
  if (user?.active && isFinalStatus(template.status)) {
    const data = { templateId, status: template.status };
    const already = await db.notification.findFirst({
      where: {
        userId: user.id,
        kind: TEMPLATE_REVIEWED,
        AND: [{ data: { path: ["templateId"], equals: templateId } }, { data: { path: ["status"], equals: template.status } }],
        createdAt: { gte: template.submittedAt ?? new Date(0) },
      },
      select: { id: true },
    });
    const text = message(template.name, template.status, normaliseRejectedReason(template.rejectedReason));
    notificationId = already?.id ?? (await db.notification.create({ data: { userId: user.id, kind: TEMPLATE_REVIEWED, ...text, data }, select: { id: true } })).id;
    if (!already) pushes.push({ channel: inboxChannel(user.id), event: { name: "notification.created", data: { notificationId, kind: TEMPLATE_REVIEWED } } });
  }
  await publish(pushes);
  return { notificationId };
}
