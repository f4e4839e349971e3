import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";

// The browser hears "notification.created" with an id only, then reads its own notification here.
export async function getNotification(db: Db, actor: Actor, notificationId: string) {
  const notification = await db.notification.findFirst({
    where: { id: notificationId, userId: actor.id },
    select: { id: true, kind: true, title: true, body: true, data: true, createdAt: true },
  });
  if (!notification) return null;
  const data = notification.data;
  const conversationId = typeof data === "object" && data !== null && !Array.isArray(data) && typeof data.conversationId === "string" ? data.conversationId : null;
  return { id: notification.id, kind: notification.kind, title: notification.title, body: notification.body, createdAt: notification.createdAt, conversationId };
}
