"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import type { ConversationDetail } from "../../_lib/types";

type Props = { conversation: ConversationDetail; reason: "windowClosed" | "awaitingReply" | "noCommunication" | "channelDisabled"; onSendTemplate: () => void };

// Replaces the composer when free text cannot go out, saying why and what the way back is.
export function WindowClosedPanel({ conversation, reason, onSendTemplate }: Props) {
  const t = useTranslations("inbox.closedPanel");
  const blocked = conversation.abilities.templateBlockedBy;
  const offersTemplate = reason === "windowClosed" || reason === "awaitingReply";
  return (
    <div role="status" data-testid="window-closed" className="border-t border-line bg-warning-soft/60 px-4 py-3">
      <p className="text-sm font-medium text-ink">{t(`${reason}.title`)}</p>
      <p className="mt-1 text-sm text-ink-muted">{t(`${reason}.body`)}</p>
      {offersTemplate ? (
        blocked ? (
          <p className="mt-2 text-sm text-warning" data-testid="template-blocked">
            {t(`templateBlocked.${blocked}`)}
          </p>
        ) : (
          <Button className="mt-3" onClick={onSendTemplate}>
            {reason === "awaitingReply" ? t("sendAnotherTemplate") : t("sendTemplate")}
          </Button>
        )
      ) : null}
    </div>
  );
}
