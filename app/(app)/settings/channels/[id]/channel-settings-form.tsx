"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FormSubmitBar } from "@/app/_components/ui/form-submit-bar";
import { Card } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Label } from "@/app/_components/ui/label";
import { Switch } from "@/app/_components/ui/switch";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import type { ChannelDetails } from "@/server/services/channels/get-channel";
import { MAX_THROUGHPUT_MPS, MAX_WINDOW_HOURS, updateChannelSchema } from "@/server/services/channels/channel-schemas";
import { RadioCards } from "../_components/radio-cards";
import { TextField } from "../_components/text-field";
import { fieldErrors } from "../_components/zod-errors";

const num = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));

export function ChannelSettingsForm({ channel }: { channel: ChannelDetails }) {
  const t = useTranslations("channels.settings");
  const tm = useTranslations("channels.modeOption");
  const tv = useTranslations("channels.validation");
  const router = useRouter();
  const toast = useToast();
  const utils = api.useUtils();
  const [form, setForm] = useState({
    name: channel.name,
    mode: channel.mode,
    canStartConversations: channel.canStartConversations,
    enabled: channel.enabled,
    throughputMps: String(channel.throughputMps),
    windowHours: String(channel.windowHours),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const save = api.channels.update.useMutation({
    onSuccess: async (result) => {
      setConfirming(null);
      toast({ title: result.changed.length ? t("saved") : t("nothingChanged"), tone: "success" });
      await utils.channels.invalidate();
      router.refresh();
    },
    onError: (error) => toast({ title: error.message, tone: "error" }),
  });

  const canStart = form.mode === "ACTIVE" && form.canStartConversations;
  const input = { channelId: channel.id, ...form, canStartConversations: canStart, throughputMps: num(form.throughputMps), windowHours: num(form.windowHours) };

  // What the admin must read before saving: consequences, stated with numbers.
  function consequences(): string[] {
    const items: string[] = [];
    const approved = channel.templateCounts.APPROVED ?? 0;
    if (channel.mode === "ACTIVE" && channel.canStartConversations && !canStart) items.push(t("confirmStopStarting", { count: approved }));
    if (channel.enabled && !form.enabled) items.push(t("confirmDisable"));
    return items;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = updateChannelSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([f, key]) => [f, tv(key)])));
      return;
    }
    setErrors({});
    const items = consequences();
    if (items.length) setConfirming(items);
    else save.mutate(parsed.data);
  }

  return (
    <Card>
      <h2 className="mb-4 text-lg font-semibold">{t("title")}</h2>
      <form onSubmit={submit} noValidate className="flex flex-col gap-5">
        <TextField id="channel-name" label={t("name")} error={errors.name} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <RadioCards
          name="channel-mode"
          legend={t("mode")}
          value={form.mode}
          onChange={(mode) => setForm({ ...form, mode, canStartConversations: mode === "ACTIVE" ? form.canStartConversations : false })}
          options={[
            { value: "ACTIVE", label: tm("ACTIVE"), hint: tm("ACTIVEHint") },
            { value: "RECEPTIVE", label: tm("RECEPTIVE"), hint: tm("RECEPTIVEHint") },
          ]}
        />
        <RadioCards
          name="channel-can-start"
          legend={t("canStart")}
          value={canStart ? "yes" : "no"}
          onChange={(v) => setForm({ ...form, canStartConversations: v === "yes" })}
          hint={form.mode === "ACTIVE" ? t("canStartHint") : t("canStartReceptiveHint")}
          options={[
            { value: "yes", label: t("yes"), disabled: form.mode !== "ACTIVE" },
            { value: "no", label: t("no") },
          ]}
        />
        <div className="flex items-center gap-3">
          <Switch id="channel-enabled" checked={form.enabled} onCheckedChange={(enabled) => setForm({ ...form, enabled })} aria-describedby="channel-enabled-hint" />
          <Label htmlFor="channel-enabled">{t("enabled")}</Label>
          <span className="text-sm text-ink-muted" id="channel-enabled-hint">
            {form.enabled ? t("enabledOn") : t("enabledOff")}
          </span>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="channel-throughputMps"
            type="number"
            min={1}
            max={MAX_THROUGHPUT_MPS}
            label={t("throughput")}
            hint={t("throughputHint")}
            error={errors.throughputMps}
            value={form.throughputMps}
            onChange={(e) => setForm({ ...form, throughputMps: e.target.value })}
          />
          <TextField
            id="channel-windowHours"
            type="number"
            min={1}
            max={MAX_WINDOW_HOURS}
            label={t("window")}
            hint={t("windowHint")}
            error={errors.windowHours}
            value={form.windowHours}
            onChange={(e) => setForm({ ...form, windowHours: e.target.value })}
          />
        </div>
        <FormSubmitBar pending={save.isPending}>
          {save.isPending ? t("saving") : t("save")}
        </FormSubmitBar>
      </form>
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
        title={t("confirmTitle")}
        description={
          <ul className="list-disc space-y-1 pl-5">
            {confirming?.map((item) => <li key={item}>{item}</li>)}
          </ul>
        }
        confirmLabel={t("confirmSave")}
        pending={save.isPending}
        tone="danger"
        onConfirm={() => save.mutate(input)}
      />
    </Card>
  );
}
