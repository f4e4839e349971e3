import "server-only";
import type { Db } from "@/server/db";
import { publish as publishPushes } from "@/server/realtime/publish";
import { inboxChannel, settingsChannel, type Push } from "@/server/realtime/channels";
import { normaliseRejectedReason } from "@/server/services/templates/template-view";
import { isFinalStatus } from "./template-review";

export const TEMPLATE_REVIEWED = "template.reviewed";

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
    // The screens write the sentence from the status, name and reason (notifications.templateReviewed).
    const notice = { ...data, name: template.name, reason: normaliseRejectedReason(template.rejectedReason) };
    notificationId = already?.id ?? (await db.notification.create({ data: { userId: user.id, kind: TEMPLATE_REVIEWED, data: notice }, select: { id: true } })).id;
    if (!already) pushes.push({ channel: inboxChannel(user.id), event: { name: "notification.created", data: { notificationId, kind: TEMPLATE_REVIEWED } } });
  }
  await publish(pushes);
  return { notificationId };
}
