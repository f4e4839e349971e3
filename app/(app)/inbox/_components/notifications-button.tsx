"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/app/_components/ui/button";
import { askNotificationPermission, notificationPermission } from "@/app/_realtime/browser-notifications";

const noSubscription = () => () => undefined;

// Asked only when the broker clicks: browsers (and people) dislike a prompt on page load.
export function NotificationsButton() {
  const t = useTranslations("inbox.notifications");
  const current = useSyncExternalStore(noSubscription, notificationPermission, () => "unsupported" as const);
  const [answered, setAnswered] = useState<ReturnType<typeof notificationPermission> | null>(null);
  if ((answered ?? current) !== "default") return null;
  return (
    <Button variant="ghost" size="sm" onClick={async () => setAnswered(await askNotificationPermission())} title={t("enableHint")}>
      {t("enable")}
    </Button>
  );
}
