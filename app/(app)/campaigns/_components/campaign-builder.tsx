"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { InputField } from "@/app/_components/ui/input-field";
import { SelectField } from "@/app/_components/ui/select-field";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import { defaultSources, draftErrors, draftInput, EMPTY_DRAFT, type BuilderOptions, type Draft } from "../_lib/builder-draft";
import { SegmentCount } from "./segment-count";
import { SegmentFields } from "./segment-fields";
import { VariableSources } from "./variable-sources";

export function CampaignBuilder({ options }: { options: BuilderOptions }) {
  const t = useTranslations("campaigns.builder");
  const router = useRouter();
  const toast = useToast();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [submitted, setSubmitted] = useState(false);
  const create = api.campaigns.createDraft.useMutation({
    onSuccess: (created) => {
      toast({ title: t("created"), tone: "success" });
      router.push(`/campaigns/${created.id}`);
    },
  });
  const channel = options.channels.find((c) => c.id === draft.channelId);
  const template = channel?.templates.find((tp) => tp.id === draft.templateId);
  // Errors show once the user tried to save, then follow each change.
  const errors = submitted ? draftErrors(draft, t) : {};
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(draftErrors(draft, t)).length > 0) return;
    create.mutate(draftInput(draft));
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]" aria-label={t("title")}>
      <div className="flex min-w-0 flex-col gap-4">
        <Card className="flex flex-col gap-3">
          <InputField id="campaign-name" label={t("name")} placeholder={t("namePlaceholder")} value={draft.name} maxLength={80} error={errors.name} onChange={(e) => set({ name: e.target.value })} />
          {options.channels.length === 0 ? (
            <p className="text-sm text-warning" role="status">
              {t("noChannels")}
            </p>
          ) : (
            <SelectField id="campaign-channel" label={t("channel")} value={draft.channelId} aria-invalid={Boolean(errors.channelId)} onChange={(e) => set({ channelId: e.target.value, templateId: "", sources: {} })}>
              <option value="">{t("channelPlaceholder")}</option>
              {options.channels.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} · {c.displayPhoneNumber}
                </option>
              ))}
            </SelectField>
          )}
          {errors.channelId ? <p className="text-sm text-danger">{errors.channelId}</p> : null}
          {channel && channel.templates.length === 0 ? (
            <p className="text-sm text-warning" role="status">
              {t("noTemplates")}
            </p>
          ) : (
            <SelectField
              id="campaign-template"
              label={t("template")}
              value={draft.templateId}
              disabled={!channel}
              aria-invalid={Boolean(errors.templateId)}
              onChange={(e) => set({ templateId: e.target.value, sources: defaultSources(channel?.templates.find((tp) => tp.id === e.target.value)) })}
            >
              <option value="">{t("templatePlaceholder")}</option>
              {channel?.templates.map((tp) => (
                <option key={tp.id} value={tp.id}>
                  {tp.name} ({tp.language})
                </option>
              ))}
            </SelectField>
          )}
          {errors.templateId ? <p className="text-sm text-danger">{errors.templateId}</p> : null}
        </Card>
        <SegmentFields options={options} segment={draft.segment} onChange={(segment) => set({ segment })} />
        <VariableSources template={template} sources={draft.sources} errors={errors} onChange={(sources) => set({ sources })} />
        <Card className="flex flex-col gap-3">
          <h2 className="font-semibold">{t("schedule")}</h2>
          <InputField id="campaign-starts-at" type="datetime-local" label={t("startsAt")} hint={t("startsAtHint")} value={draft.startsAt} error={errors.startsAt} onChange={(e) => set({ startsAt: e.target.value })} />
          <div className="grid gap-3 sm:grid-cols-2">
            <InputField id="campaign-from" type="time" label={t("sendingFrom")} value={draft.sendingFrom} aria-invalid={Boolean(errors.sendingHours)} onChange={(e) => set({ sendingFrom: e.target.value })} />
            <InputField id="campaign-until" type="time" label={t("sendingUntil")} value={draft.sendingUntil} aria-invalid={Boolean(errors.sendingHours)} onChange={(e) => set({ sendingUntil: e.target.value })} />
          </div>
          <p className={errors.sendingHours ? "text-sm text-danger" : "text-xs text-ink-muted"} id="sending-hours-note" role={errors.sendingHours ? "alert" : undefined}>
            {errors.sendingHours ?? t("sendingHoursHint")}
          </p>
        </Card>
      </div>
      <div className="flex flex-col gap-4 lg:sticky lg:top-4 lg:self-start">
        <SegmentCount segment={draft.segment} />
        {Object.keys(errors).length > 0 ? (
          <p className="text-sm text-danger" role="alert">
            {t("fixErrors")}
          </p>
        ) : null}
        {create.error ? (
          <p className="text-sm text-danger" role="alert" data-testid="create-error">
            {create.error.message}
          </p>
        ) : null}
        <Button type="submit" disabled={create.isPending || create.isSuccess} className="min-h-11">
          {create.isPending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
