"use client";

import { useTranslations } from "next-intl";
import { formatClock } from "../../_lib/format";
import type { TimelineEvent } from "../../_lib/types";

export function SystemLine({ children, at }: { children: string; at: Date }) {
  return (
    <div className="flex justify-center px-3 py-1" data-testid="system-line">
      <span className="rounded-md bg-surface/80 px-3 py-1 text-center text-xs text-ink-muted shadow-sm">
        {children} · <time suppressHydrationWarning>{formatClock(at)}</time>
      </span>
    </div>
  );
}

// "Ana passou a conversa para Bruno", "Conversa encerrada por Ana", "Janela de 24 h encerrada"…
export function EventLine({ event }: { event: TimelineEvent }) {
  const t = useTranslations("inbox.events");
  const actor = event.actor?.name ?? t("system");
  const text =
    event.type === "CONVERSATION_ASSIGNED"
      ? event.data.toName
        ? t("assigned", { actor, to: event.data.toName })
        : t("unassigned", { actor })
      : t(event.type, { actor });
  return <SystemLine at={event.createdAt}>{text}</SystemLine>;
}
