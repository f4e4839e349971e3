"use client";

import { useTranslations } from "next-intl";
import { TemplateBubble, type BubbleHeader } from "@/app/_components/whatsapp/template-bubble";
import type { StoredComponents } from "@/server/services/templates/template-components";
import type { TemplateVariable } from "@/server/services/templates/template-variables";
import { WhatsAppText } from "./whatsapp-text";

// Meta's {{n}} text with each example in place, marked so the admin sees which words change per lead.
function Filled({ text, variables }: { text: string; variables: readonly TemplateVariable[] }) {
  const tv = useTranslations("templates.variables");
  return text.split(/(\{\{\d+\}\})/).map((part, i) => {
    const match = /^\{\{(\d+)\}\}$/.exec(part);
    const variable = match ? variables.find((v) => v.index === Number(match[1])) : undefined;
    if (!variable) return <WhatsAppText key={i} text={part} />;
    return (
      <mark key={i} className="rounded bg-brand-soft px-0.5 text-ink" title={tv(variable.variable)}>
        {variable.example}
      </mark>
    );
  });
}

type Props = {
  body: string;
  variables: readonly TemplateVariable[];
  channelName: string;
  components?: StoredComponents;
  /** The header's file from the library, when one is chosen. */
  headerFile?: { url: string; fileName: string } | null;
};

// The template as the lead's phone shows it: business chat header, header media or text, body,
// footer and buttons, examples filled in.
export function TemplatePreview({ body, variables, channelName, components, headerFile }: Props) {
  const t = useTranslations("templates.preview");
  const th = useTranslations("templates.header");
  const format = components?.headerFormat ?? "NONE";
  const header: BubbleHeader | null =
    format === "NONE"
      ? null
      : format === "TEXT"
        ? { format, text: <Filled text={components?.headerText ?? ""} variables={components?.headerVariables ?? []} /> }
        : { format, url: headerFile?.url ?? null, fileName: headerFile?.fileName ?? null, label: th(`placeholder.${format}`) };
  const buttons = (components?.buttons ?? []).map((b) => ({ type: b.type, text: b.text || th("buttonPlaceholder"), hint: b.type === "URL" ? b.url : b.type === "PHONE_NUMBER" ? b.phoneNumber : undefined }));
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
        <TemplateBubble
          side="in"
          testId="template-bubble"
          bodyTestId="template-preview"
          header={header}
          body={body.trim() ? <Filled text={body} variables={variables} /> : <span className="text-ink-faint italic">{t("empty")}</span>}
          footer={components?.footer}
          buttons={buttons}
          time={t("time")}
          buttonsLabel={t("buttons")}
        />
      </div>
      <figcaption className="bg-surface px-4 py-2 text-xs text-ink-muted">{t("caption")}</figcaption>
    </figure>
  );
}
