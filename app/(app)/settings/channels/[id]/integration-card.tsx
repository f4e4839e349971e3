"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { healthProblemText } from "@/app/_i18n/stored-texts";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { Input } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import type { ChannelDetails } from "@/server/services/channels/get-channel";
import { CopyButton } from "../_components/copy-button";
import { RelativeTime } from "../_components/relative-time";
import { tokenTone } from "../channel-labels";
import { MetaProblemNotice } from "./meta-problem-notice";
import { ReplaceSecretDialog } from "./replace-secret-dialog";

function ReadOnlyRow({ id, label, value, action }: { id: string; label: string; value: string; action?: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex gap-2">
        <Input id={id} readOnly value={value} className="bg-surface-muted font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        {action}
      </div>
    </div>
  );
}

// The seed's "Token de Acesso e Webhook" block: read-only, masked, never edited by hand.
export function IntegrationCard({ channel }: { channel: ChannelDetails }) {
  const t = useTranslations("channels.integration");
  const tt = useTranslations("channels.token");
  const tAll = useTranslations();
  const toast = useToast();
  const utils = api.useUtils();
  const [dialog, setDialog] = useState<"token" | "secret" | null>(null);
  const reveal = api.channels.revealVerifyToken.useMutation();
  const health = api.channels.checkHealth.useMutation({
    onSuccess: (result) => {
      if (result.ok) toast({ title: t("healthOk"), tone: "success" });
      void utils.channels.invalidate();
    },
    onError: (error) => toast({ title: error.message, tone: "error" }),
  });

  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p role="note" className="rounded-md border border-warning/50 bg-warning-soft p-3 text-sm">
        <span className="font-medium">{t("doNotEditTitle")}</span> {t("doNotEdit")}
      </p>
      <div className="grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <p className="text-ink-muted">{t("phoneNumberId")}</p>
          <p className="font-mono break-all">{channel.phoneNumberId}</p>
        </div>
        <div>
          <p className="text-ink-muted">{t("wabaId")}</p>
          <p className="font-mono break-all">{channel.wabaId}</p>
        </div>
        <div>
          <p className="text-ink-muted">{t("businessManagerId")}</p>
          <p className="font-mono break-all">{channel.businessManagerId ?? "—"}</p>
        </div>
      </div>
      <ReadOnlyRow id="channel-webhook-url" label={t("webhookUrl")} value={channel.webhookUrl} action={<CopyButton label={t("webhookUrl")} read={() => channel.webhookUrl} />} />
      <ReadOnlyRow
        id="channel-verify-token"
        label={t("verifyToken")}
        value={channel.verifyTokenMasked}
        action={<CopyButton label={t("verifyToken")} read={async () => (await reveal.mutateAsync({ channelId: channel.id })).verifyToken} />}
      />
      <ReadOnlyRow
        id="channel-access-token"
        label={t("accessToken")}
        value={channel.accessTokenMasked}
        action={
          <Button type="button" variant="secondary" size="sm" className="h-10" onClick={() => setDialog("token")}>
            {t("replaceToken")}
          </Button>
        }
      />
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-ink-muted">{t("tokenStatus")}</span>
        <Badge tone={tokenTone(channel.tokenState)} data-testid="token-state">
          {tt(channel.tokenState)}
        </Badge>
        <span className="text-ink-muted" data-testid="last-checked">
          {t("lastChecked")} <RelativeTime date={channel.healthCheckedAt} never={t("neverChecked")} />
        </span>
        <Button type="button" variant="ghost" size="sm" onClick={() => health.mutate({ channelId: channel.id })} disabled={health.isPending} aria-busy={health.isPending}>
          {health.isPending ? t("checking") : t("checkHealth")}
        </Button>
      </div>
      {!channel.accessTokenReadable ? <p className="text-sm text-danger">{t("tokenUnreadable")}</p> : null}
      {health.data && !health.data.ok ? <MetaProblemNotice problem={health.data.problem} /> : null}
      {channel.healthProblem && !health.data ? (
        <p className="text-sm text-danger">
          <span aria-hidden>⚠ </span>
          {healthProblemText(tAll, channel.healthProblem)}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-line pt-3 text-sm">
        <span>
          <span className="text-ink-muted">{t("appSecret")}: </span>
          {channel.appSecretMasked ? <span className="font-mono">{channel.appSecretMasked}</span> : t("appSecretDeployment")}
        </span>
        <Button type="button" variant="ghost" size="sm" onClick={() => setDialog("secret")}>
          {channel.appSecretMasked ? t("replaceAppSecret") : t("setAppSecret")}
        </Button>
      </div>
      <ReplaceSecretDialog channel={channel} kind={dialog} onClose={() => setDialog(null)} />
    </Card>
  );
}
