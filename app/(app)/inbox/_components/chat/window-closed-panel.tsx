"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import type { ConversationDetail } from "../../_lib/types";
import { SuggestionsButton } from "./suggestions-button";
import { SuggestionsPanel } from "./suggestions-panel";
import { useSuggestionsShortcut } from "./suggestions-shortcut";
import { useSuggestions } from "./use-suggestions";

type Props = {
  conversation: ConversationDetail;
  reason: "windowClosed" | "awaitingReply" | "noCommunication" | "channelDisabled";
  /** Opens the template dialog, with the assistant's proposal already chosen when given. */
  onSendTemplate: (templateId?: string) => void;
};

// Replaces the composer when free text cannot go out, saying why and what the way back is. The
// assistant's suggestions (Ctrl+.) propose an approved template here instead of free text.
export function WindowClosedPanel({ conversation, reason, onSendTemplate }: Props) {
  const t = useTranslations("inbox.closedPanel");
  const blocked = conversation.abilities.templateBlockedBy;
  const offersTemplate = reason === "windowClosed" || reason === "awaitingReply";
  const suggestions = useSuggestions(conversation.id);
  const toggleSuggestions = () => (suggestions.state.status === "idle" ? void suggestions.ask() : suggestions.close());
  useSuggestionsShortcut(() => {
    if (offersTemplate && !blocked) toggleSuggestions();
  });
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
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <Button onClick={() => onSendTemplate()}>{reason === "awaitingReply" ? t("sendAnotherTemplate") : t("sendTemplate")}</Button>
            <SuggestionsButton wide open={suggestions.state.status !== "idle"} onClick={toggleSuggestions} />
          </div>
        )
      ) : null}
      {offersTemplate && suggestions.state.status !== "idle" ? (
        <SuggestionsPanel
          placement="inline"
          state={suggestions.state}
          listId={`suggestions-${conversation.id}`}
          active={0}
          onInsert={() => undefined}
          onSendMaterial={() => undefined}
          sentMaterials={new Set()}
          onUseTemplate={(templateId) => {
            suggestions.close();
            onSendTemplate(templateId);
          }}
          onRetry={() => void suggestions.ask()}
          onClose={suggestions.close}
        />
      ) : null}
    </div>
  );
}
