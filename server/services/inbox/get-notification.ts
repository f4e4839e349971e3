import "server-only";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { readParams } from "@/server/i18n/stored-text";

// The browser hears "notification.created" with an id only, then reads its own notification here.
// Its sentence is written by the browser from `kind` and `params` (notifications.json); rows from
// before that keep their pt-BR title and body, shown as they are.
export async function getNotification(db: Db, actor: Actor, notificationId: string) {
  const notification = await db.notification.findFirst({
    where: { id: notificationId, userId: actor.id },
    select: { id: true, kind: true, title: true, body: true, data: true, createdAt: true },
  });
  if (!notification) return null;
  const data = typeof notification.data === "object" && notification.data !== null && !Array.isArray(notification.data) ? notification.data : {};
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  const problemCode = text(data.problemCode);
  return {
    id: notification.id,
    kind: notification.kind,
    params: readParams(data),
    problem: problemCode ? { code: problemCode, params: readParams(data.problemParams) } : null,
    legacy: notification.title ? { title: notification.title, body: notification.body } : null,
    createdAt: notification.createdAt,
    conversationId: text(data.conversationId),
    // A template decision: the settings screen may toast the same decision, once between them.
    template: text(data.templateId) ? { id: text(data.templateId) as string, status: text(data.status) } : null,
  };
}

export type NotificationView = NonNullable<Awaited<ReturnType<typeof getNotification>>>;
