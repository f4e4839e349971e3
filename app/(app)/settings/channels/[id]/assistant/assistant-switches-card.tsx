"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Label } from "@/app/_components/ui/label";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { Switch } from "@/app/_components/ui/switch";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";

type Switches = { enabled: boolean; sharesContactData: boolean };

// Each switch saves at once (and is audited on the server); sending contact data asks first.
export function AssistantSwitchesCard({ channelId }: { channelId: string }) {
  const t = useTranslations("channels.assistant");
  const tc = useTranslations("channels");
  const toast = useToast();
  const utils = api.useUtils();
  const settings = api.channels.assistantSettings.useQuery({ channelId });
  const [confirmingShare, setConfirmingShare] = useState(false);
  const save = api.channels.setAssistant.useMutation({
    onSuccess: async (result, input) => {
      setConfirmingShare(false);
      const before = settings.data;
      const title =
        before && before.sharesContactData !== input.sharesContactData
          ? t(input.sharesContactData ? "savedShares" : "savedMasks")
          : t(input.enabled ? "savedOn" : "savedOff");
      toast({ title, tone: "success" });
      await utils.channels.assistantSettings.invalidate({ channelId });
    },
    onError: (error) => toast({ title: error.message, tone: "error" }),
  });

  if (settings.isLoading) {
    return (
      <div aria-busy>
        <Skeleton className="h-72" />
      </div>
    );
  }
  if (!settings.data) {
    return <EmptyState title={settings.error?.message ?? t("loadFailed")} action={<Button variant="secondary" onClick={() => settings.refetch()}>{tc("retry")}</Button>} />;
  }
  const current = settings.data;
  const set = (next: Partial<Switches>) => save.mutate({ channelId, enabled: current.enabled, sharesContactData: current.sharesContactData, ...next });

  return (
    <Card aria-labelledby="assistant-title">
      <h2 id="assistant-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-5 text-sm text-ink-muted">{t("description")}</p>
      <div className="flex flex-col gap-5">
        <SwitchRow
          id="assistant-enabled"
          label={t("enabled")}
          hint={current.enabled ? t("enabledOn") : t("enabledOff")}
          checked={current.enabled}
          disabled={save.isPending}
          onCheckedChange={(enabled) => set({ enabled })}
        />
        <SwitchRow
          id="assistant-shares-contact-data"
          label={t("sharesContactData")}
          hint={current.sharesContactData ? t("sharesContactDataOn") : t("sharesContactDataOff")}
          note={t("lgpdNote")}
          checked={current.sharesContactData}
          disabled={save.isPending}
          onCheckedChange={(sharesContactData) => (sharesContactData ? setConfirmingShare(true) : set({ sharesContactData }))}
        />
        <ProviderNotice provider={current.provider} />
      </div>
      {save.isPending ? (
        <p role="status" className="mt-4 text-sm text-ink-muted">
          {t("saving")}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirmingShare}
        onOpenChange={(open) => !open && setConfirmingShare(false)}
        title={t("confirmShareTitle")}
        description={t("confirmShare")}
        confirmLabel={t("confirmShareAction")}
        pending={save.isPending}
        tone="danger"
        onConfirm={() => set({ sharesContactData: true })}
      />
    </Card>
  );
}

type SwitchRowProps = {
  id: string;
  label: string;
  hint: string;
  /** A standing note under the hint, read with it by screen readers. */
  note?: string;
  checked: boolean;
  disabled: boolean;
  onCheckedChange: (checked: boolean) => void;
};

function SwitchRow({ id, label, hint, note, checked, disabled, onCheckedChange }: SwitchRowProps) {
  return (
    <div className="flex items-start gap-3">
      <Switch
        id={id}
        checked={checked}
        disabled={disabled}
        onCheckedChange={onCheckedChange}
        aria-describedby={note ? `${id}-hint ${id}-note` : `${id}-hint`}
        className="mt-0.5"
      />
      <div>
        <Label htmlFor={id}>{label}</Label>
        <p id={`${id}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
        {note ? (
          <p id={`${id}-note`} className="mt-2 rounded-md border border-line bg-surface-muted p-3 text-xs text-ink-muted">
            {note}
          </p>
        ) : null}
      </div>
    </div>
  );
}

function ProviderNotice({ provider }: { provider: { model: string; standIn: boolean } | null }) {
  const t = useTranslations("channels.assistant");
  return (
    <section aria-labelledby="assistant-provider-title" className="border-t border-line pt-4" data-testid="assistant-provider">
      <h3 id="assistant-provider-title" className="text-sm font-semibold">
        {t("providerTitle")}
      </h3>
      {provider ? (
        <>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            {t("providerModel", { model: provider.model })}
            {provider.standIn ? <Badge tone="warning">{t("standIn")}</Badge> : null}
          </p>
          {provider.standIn ? <p className="mt-1 text-sm text-ink-muted">{t("standInNote")}</p> : null}
        </>
      ) : (
        <>
          <p className="mt-1 text-sm">{t("noProvider")}</p>
          <p className="mt-1 text-sm text-ink-muted">{t("noProviderHint")}</p>
        </>
      )}
    </section>
  );
}
