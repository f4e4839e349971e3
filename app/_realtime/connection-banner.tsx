"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useRealtime } from "./realtime-provider";

const FIRST_CONNECTION_GRACE_MS = 4_000;

// "Reconectando…" while the live connection is down; messages are caught up when it returns.
export function ConnectionBanner() {
  const t = useTranslations("inbox.connection");
  const { state, everConnected } = useRealtime();
  const [graceOver, setGraceOver] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setGraceOver(true), FIRST_CONNECTION_GRACE_MS);
    return () => clearTimeout(timer);
  }, []);
  const down = state !== "connected" && (everConnected || graceOver || state === "offline");
  if (!down) return null;
  return (
    <div role="status" data-testid="connection-banner" className="flex items-center justify-center gap-2 bg-warning-soft px-4 py-1.5 text-sm text-warning">
      <span aria-hidden className="inline-block h-2 w-2 animate-pulse rounded-full bg-warning" />
      {state === "offline" ? t("offline") : t("reconnecting")}
    </div>
  );
}
