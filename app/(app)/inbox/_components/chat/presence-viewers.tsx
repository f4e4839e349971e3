"use client";

import { useTranslations } from "next-intl";
import { usePresence } from "@/app/_realtime/use-presence";
import { conversationPresenceChannel } from "@/server/realtime/channels";

// "Ana Corretora está vendo esta conversa": so two people don't answer the same lead at once.
export function PresenceViewers({ conversationId }: { conversationId: string }) {
  const t = useTranslations("inbox.presence");
  const others = usePresence(conversationPresenceChannel(conversationId));
  if (others.length === 0) return null;
  const names = others.map((m) => m.name);
  return (
    <span data-testid="presence" className="inline-flex items-center gap-1 text-xs font-medium text-brand" role="status">
      <span aria-hidden className="h-2 w-2 rounded-full bg-success" />
      {names.length === 1 ? t("one", { name: names[0] ?? "" }) : t("many", { names: names.join(", ") })}
    </span>
  );
}
