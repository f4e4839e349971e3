"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import type { SuggestionContext } from "@/server/services/assistant/suggestion-events";

// Outside the 24-hour window: the approved template that best fits the question, opened in the
// template dialog already chosen (the broker still reviews and sends it there), or why none can go.
export function SuggestedTemplate({ context, onUse }: { context: SuggestionContext; onUse: (templateId: string) => void }) {
  const t = useTranslations("inbox.suggestions.template");
  const tClosed = useTranslations("inbox.closedPanel");
  const { template, templateBlockedBy } = context;
  return (
    <div className="px-3 py-2" data-testid="suggested-template">
      <p className="text-xs text-ink-muted">{t("why")}</p>
      {template ? (
        <div className="mt-2 rounded-md border border-line p-2">
          <p className="text-sm font-medium" data-testid="suggested-template-name">
            {template.name}
          </p>
          <p className="mt-1 text-sm whitespace-pre-wrap text-ink-muted">{template.preview}</p>
          <Button size="sm" className="mt-2" onClick={() => onUse(template.id)}>
            {t("use")}
          </Button>
        </div>
      ) : (
        <p className="mt-2 text-sm text-warning">{templateBlockedBy === "noSendableTemplate" || !templateBlockedBy ? t("noSendable") : tClosed(`templateBlocked.${templateBlockedBy}`)}</p>
      )}
    </div>
  );
}
