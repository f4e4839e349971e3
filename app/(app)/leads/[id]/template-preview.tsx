"use client";

import { useTranslations } from "next-intl";
import { TemplateBubble, type BubbleButton, type BubbleHeader } from "@/app/_components/whatsapp/template-bubble";

type Props = {
  text: string;
  leadName: string;
  header?: BubbleHeader | null;
  footer?: string | null;
  buttons?: readonly BubbleButton[];
};

// The message as it will leave: header (the chosen file, or its text), body with the variables
// filled in, footer and buttons, in a WhatsApp-like outgoing bubble.
export function TemplatePreview({ text, leadName, header, footer, buttons }: Props) {
  const t = useTranslations("leads.newConversation");
  return (
    <section aria-labelledby="template-preview-title" className="rounded-md bg-[#efeae2] p-3">
      <h3 id="template-preview-title" className="text-sm font-medium">
        {t("preview")}
      </h3>
      <p className="mb-2 text-xs text-ink-muted">{t("previewFor", { lead: leadName })}</p>
      <TemplateBubble side="out" testId="template-bubble" bodyTestId="template-preview" header={header} body={text} footer={footer} buttons={buttons} time={t("previewTime")} buttonsLabel={t("buttons")} />
    </section>
  );
}
