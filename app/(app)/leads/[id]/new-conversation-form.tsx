"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Label } from "@/app/_components/ui/label";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { useToast } from "@/app/_components/ui/toast";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { renderComponents, renderTemplate } from "@/server/services/conversations/render-template-params";
import { HEADER_MEDIA_RULES, isMediaHeader } from "@/server/services/templates/template-components";
import type { BubbleHeader } from "@/app/_components/whatsapp/template-bubble";
import { OptOutNotice } from "./opt-out-notice";
import { newRequestId } from "../_lib/request-id";
import { OptionList } from "./option-list";
import { RefusalNotice } from "./refusal-notice";
import { TemplatePreview } from "./template-preview";

type Options = RouterOutputs["leads"]["newConversationOptions"];

export function NewConversationForm({ leadId, onCancel }: { leadId: string; onCancel: () => void }) {
  const t = useTranslations("leads.newConversation");
  // Always fresh: a template may have been approved or the flag changed since the page loaded.
  const options = api.leads.newConversationOptions.useQuery({ leadId }, { staleTime: 0, refetchOnWindowFocus: false });
  if (options.isLoading) {
    return (
      <div className="flex flex-col gap-2" aria-busy>
        <p className="text-sm text-ink-muted">{t("loading")}</p>
        <Skeleton className="h-14" />
        <Skeleton className="h-14" />
      </div>
    );
  }
  if (!options.data) {
    return (
      <p role="alert" className="text-sm text-danger">
        {options.error?.message ?? t("loadError")}
      </p>
    );
  }
  return <Chooser options={options.data} onCancel={onCancel} />;
}

function Chooser({ options, onCancel }: { options: Options; onCancel: () => void }) {
  const t = useTranslations("leads.newConversation");
  const router = useRouter();
  const toast = useToast();
  const [channelId, setChannelId] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [developmentId, setDevelopmentId] = useState<string | null>(null);
  const [headerMediaId, setHeaderMediaId] = useState<string | null>(null);
  // One id per dialog opening: resending after an error can never queue the template twice.
  const [clientRequestId] = useState(newRequestId);
  const start = api.leads.startConversation.useMutation({
    onSuccess: ({ conversationId }) => {
      toast({ title: t("sent"), tone: "success" });
      router.push(`/inbox/${conversationId}`);
    },
  });

  const leadName = options.lead.name ?? options.lead.phoneDisplay ?? "";
  if (options.blockers.length > 0) {
    return (
      <div className="flex flex-col gap-4">
        <RefusalNotice title={t("blocked")} refusals={options.blockers} />
        <div className="flex justify-end">
          <Button variant="secondary" onClick={onCancel}>
            {t("close")}
          </Button>
        </div>
      </div>
    );
  }

  const channel = options.channels.find((c) => c.id === channelId && !c.refusal) ?? options.channels.find((c) => !c.refusal) ?? null;
  const template = channel?.templates.find((tpl) => tpl.id === templateId && !tpl.refusal) ?? channel?.templates.find((tpl) => !tpl.refusal) ?? null;
  const developments = options.lead.developments;
  const development = developments.find((d) => d.id === developmentId) ?? developments[0] ?? null;
  const values = { CLIENT_NAME: options.lead.name, BROKER_NAME: options.brokerName, DEVELOPMENT_NAME: development?.name };
  const rendered = template && renderTemplate(template, values);
  const parts = template?.components;
  const extras = parts ? renderComponents(parts, values) : null;
  const preview = rendered?.ok && extras?.ok ? rendered.text : null;
  // A media header goes with the template's own file, or another fitting one of the lead's developments.
  const mediaFormat = parts && isMediaHeader(parts.headerFormat) ? parts.headerFormat : null;
  const headerChoices = mediaFormat
    ? [
        ...(parts?.headerMediaAsset ? [{ ...parts.headerMediaAsset, developmentName: null as string | null }] : []),
        ...options.headerMedia.filter((m) => m.id !== parts?.headerMediaAsset?.id && HEADER_MEDIA_RULES[mediaFormat].mimeTypes.includes(m.mimeType) && m.sizeBytes <= HEADER_MEDIA_RULES[mediaFormat].maxBytes),
      ]
    : [];
  const headerMedia = headerChoices.find((m) => m.id === headerMediaId) ?? headerChoices[0] ?? null;
  const header: BubbleHeader | null = !parts || parts.headerFormat === "NONE"
    ? null
    : parts.headerFormat === "TEXT"
      ? { format: "TEXT", text: extras?.ok ? (extras.headerText ?? "") : "" }
      : { format: parts.headerFormat, url: headerMedia ? `/api/media/${headerMedia.id}` : null, fileName: headerMedia?.title ?? null, label: headerMedia?.title ?? t("headerMedia") };
  const buttons = (parts?.buttons ?? []).map((b) => ({ type: b.type, text: b.text }));
  const existing = channel?.conversation;
  const existingHint = !existing ? null : existing.windowOpen ? t("existingWindowOpen") : existing.status === "OPEN" ? t("existingOpen") : t("existingFinished");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!channel || !template) return;
    start.mutate({
      leadId: options.lead.id,
      channelId: channel.id,
      templateId: template.id,
      developmentId: template.usesDevelopment ? development?.id : null,
      headerMediaAssetId: mediaFormat ? (headerMedia?.id ?? null) : null,
      clientRequestId,
    });
  }

  return (
    <form onSubmit={submit} className="flex max-h-[70vh] flex-col gap-4 overflow-y-auto pr-1">
      {options.lead.marketingOptOut ? <OptOutNotice leadId={options.lead.id} since={options.lead.marketingOptOut.since} clearable={options.lead.marketingOptOut.clearable} /> : null}
      <OptionList
        name="channel"
        legend={t("channel")}
        selectedId={channel?.id ?? null}
        onSelect={setChannelId}
        options={options.channels.map((c) => ({ id: c.id, label: c.name, detail: c.displayPhoneNumber, refusal: c.refusal }))}
      />
      {existingHint ? <p className="text-sm text-ink-muted">{existingHint}</p> : null}
      {channel ? (
        <OptionList
          name="template"
          legend={t("template")}
          selectedId={template?.id ?? null}
          onSelect={setTemplateId}
          options={channel.templates.map((tpl) => ({ id: tpl.id, label: tpl.name, detail: t(`category.${tpl.category}`), refusal: tpl.refusal }))}
        />
      ) : null}
      {template?.usesDevelopment && developments.length > 1 ? (
        <div className="flex flex-col gap-1">
          <Label htmlFor="new-conversation-development">{t("development")}</Label>
          <NativeSelect
            id="new-conversation-development"
            value={development?.id ?? ""}
            onChange={(e) => setDevelopmentId(e.target.value)}
            aria-describedby="new-conversation-development-hint"
          >
            {developments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </NativeSelect>
          <p id="new-conversation-development-hint" className="text-xs text-ink-muted">
            {t("developmentHint")}
          </p>
        </div>
      ) : null}
      {mediaFormat && headerChoices.length > 1 ? (
        <div className="flex flex-col gap-1">
          <Label htmlFor="new-conversation-header-media">{t("headerMedia")}</Label>
          <NativeSelect id="new-conversation-header-media" value={headerMedia?.id ?? ""} onChange={(e) => setHeaderMediaId(e.target.value)} aria-describedby="new-conversation-header-media-hint">
            {headerChoices.map((m) => (
              <option key={m.id} value={m.id}>
                {m.developmentName ? `${m.title} — ${m.developmentName}` : t("headerMediaTemplate", { title: m.title })}
              </option>
            ))}
          </NativeSelect>
          <p id="new-conversation-header-media-hint" className="text-xs text-ink-muted">
            {t("headerMediaHint")}
          </p>
        </div>
      ) : null}
      {preview ? <TemplatePreview text={preview} leadName={leadName} header={header} footer={parts?.footer} buttons={buttons} /> : null}
      {start.error ? (
        <p role="alert" className="rounded-md border border-danger bg-danger-soft p-3 text-sm text-danger">
          {start.error.message}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
        <Button type="submit" disabled={!preview || start.isPending || start.isSuccess}>
          {start.isPending || start.isSuccess ? t("sending") : t("send")}
        </Button>
      </div>
    </form>
  );
}
