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
  const text = event.type === "CONVERSATION_ASSIGNED" ? assignmentText(t, event) : t(event.type, { actor });
  return <SystemLine at={event.createdAt}>{text}</SystemLine>;
}

// Only an explicit "nobody" reads "sem responsável"; the distribution has no actor.
function assignmentText(t: ReturnType<typeof useTranslations<"inbox.events">>, event: TimelineEvent): string {
  const { toName, unassigned } = event.data;
  const actor = event.actor?.name;
  if (unassigned) return t("unassigned", { actor: actor ?? t("system") });
  if (!toName) return actor ? t("assignedUnknown", { actor }) : t("assignedSomeone");
  return actor ? t("assigned", { actor, to: toName }) : t("assignedBySystem", { to: toName });
}
