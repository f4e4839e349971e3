"use client";

import { useTranslations } from "next-intl";

// A WhatsApp-like outgoing bubble with the variables already filled in.
export function TemplatePreview({ text, leadName }: { text: string; leadName: string }) {
  const t = useTranslations("leads.newConversation");
  return (
    <section aria-labelledby="template-preview-title" className="rounded-md bg-surface-sunken p-3">
      <h3 id="template-preview-title" className="text-sm font-medium">
        {t("preview")}
      </h3>
      <p className="text-xs text-ink-muted">{t("previewFor", { lead: leadName })}</p>
      <p data-testid="template-preview" className="mt-2 ml-auto w-fit max-w-[90%] rounded-lg rounded-tr-none bg-bubble-out px-3 py-2 text-sm whitespace-pre-wrap shadow-sm">
        {text}
      </p>
    </section>
  );
}
