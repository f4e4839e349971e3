"use client";

// Browser notifications are asked for only on a user's click (never on load) and shown only while
// the tab is hidden; inside the tab a toast is enough.
export function notificationsSupported(): boolean {
  return typeof window !== "undefined" && "Notification" in window;
}

export function notificationPermission(): NotificationPermission | "unsupported" {
  return notificationsSupported() ? Notification.permission : "unsupported";
}

export async function askNotificationPermission(): Promise<NotificationPermission | "unsupported"> {
  if (!notificationsSupported()) return "unsupported";
  return Notification.requestPermission();
}

export function notifyInBrowser(input: { title: string; body?: string; tag: string; onClick?: () => void }) {
  if (notificationPermission() !== "granted" || document.visibilityState === "visible") return;
  const notification = new Notification(input.title, { body: input.body, tag: input.tag });
  notification.onclick = () => {
    window.focus();
    input.onClick?.();
    notification.close();
  };
}
