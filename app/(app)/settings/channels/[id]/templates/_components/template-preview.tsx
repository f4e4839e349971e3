"use client";

import { useTranslations } from "next-intl";
import type { TemplateVariable } from "@/server/services/templates/template-variables";
import { WhatsAppText } from "./whatsapp-text";

// The template as the lead's phone shows it: business chat header, white bubble, examples filled
// in and marked so the admin sees which words change per lead.
export function TemplatePreview({ body, variables, channelName }: { body: string; variables: readonly TemplateVariable[]; channelName: string }) {
  const t = useTranslations("templates.preview");
  const tv = useTranslations("templates.variables");
  const parts = body.split(/(\{\{\d+\}\})/);
  return (
    <figure className="overflow-hidden rounded-card border border-line shadow-sm" aria-label={t("label")}>
      <div className="flex items-center gap-3 bg-[#075e54] px-4 py-3 text-white">
        <span aria-hidden className="flex h-8 w-8 items-center justify-center rounded-full bg-white/20 text-sm font-semibold">
          {channelName.slice(0, 1).toUpperCase()}
        </span>
        <div className="min-w-0">
          <p className="truncate text-sm font-medium">{channelName}</p>
          <p className="text-xs text-white/80">{t("business")}</p>
        </div>
      </div>
      <div className="min-h-48 bg-[#efeae2] p-4">
        <div className="max-w-[85%] rounded-lg rounded-tl-none bg-bubble-in px-3 py-2 text-sm shadow-sm" data-testid="template-preview">
          {body.trim() ? (
            <p className="break-words whitespace-pre-wrap">
              {parts.map((part, i) => {
                const match = /^\{\{(\d+)\}\}$/.exec(part);
                const variable = match ? variables.find((v) => v.index === Number(match[1])) : undefined;
                if (!variable) return <WhatsAppText key={i} text={part} />;
                return (
                  <mark key={i} className="rounded bg-brand-soft px-0.5 text-ink" title={tv(variable.variable)}>
                    {variable.example}
                  </mark>
                );
              })}
            </p>
          ) : (
            <p className="text-ink-faint italic">{t("empty")}</p>
          )}
          <p className="mt-1 text-right text-[11px] text-ink-faint">{t("time")}</p>
        </div>
      </div>
      <figcaption className="bg-surface px-4 py-2 text-xs text-ink-muted">{t("caption")}</figcaption>
    </figure>
  );
}
