"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/app/_components/ui/dialog";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import type { ChannelDetails } from "@/server/services/channels/get-channel";
import { TextField } from "../_components/text-field";

// Replacing a credential is a deliberate act: its own dialog, stating what stops working.
export function ReplaceSecretDialog({ channel, kind, onClose }: { channel: ChannelDetails; kind: "token" | "secret" | null; onClose: () => void }) {
  const t = useTranslations("channels.integration");
  const tv = useTranslations("channels.validation");
  const tc = useTranslations("common");
  const toast = useToast();
  const utils = api.useUtils();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const done = async (title: string) => {
    toast({ title, tone: "success" });
    setValue("");
    onClose();
    await utils.channels.invalidate();
  };
  const onError = (e: { message: string }) => setError(e.message);
  const token = api.channels.replaceAccessToken.useMutation({ onSuccess: () => done(t("tokenReplaced")), onError });
  const secret = api.channels.replaceAppSecret.useMutation({ onSuccess: (_, v) => done(v.appSecret ? t("appSecretReplaced") : t("appSecretRemoved")), onError });
  const pending = token.isPending || secret.isPending;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\S{8,}$/.test(value.trim())) return setError(tv(kind === "token" ? "accessTokenInvalid" : "appSecretInvalid"));
    if (kind === "token") token.mutate({ channelId: channel.id, accessToken: value.trim() });
    else secret.mutate({ channelId: channel.id, appSecret: value.trim() });
  }

  return (
    <Dialog open={kind !== null} onOpenChange={(open) => !open && !pending && onClose()}>
      {kind ? (
        <DialogContent title={kind === "token" ? t("replaceTokenTitle") : t("appSecretTitle")} description={kind === "token" ? t("replaceTokenWarning") : t("appSecretWarning")}>
          <form onSubmit={submit} noValidate className="flex flex-col gap-4">
            <TextField
              id="channel-new-secret"
              type="password"
              autoComplete="off"
              spellCheck={false}
              label={kind === "token" ? t("newToken") : t("newAppSecret")}
              error={error}
              value={value}
              onChange={(e) => {
                setValue(e.target.value);
                setError(undefined);
              }}
            />
            <div className="flex flex-wrap justify-end gap-2">
              {kind === "secret" && channel.appSecretMasked ? (
                <Button type="button" variant="ghost" disabled={pending} onClick={() => secret.mutate({ channelId: channel.id, appSecret: null })}>
                  {t("removeAppSecret")}
                </Button>
              ) : null}
              <DialogClose asChild>
                <Button type="button" variant="secondary" disabled={pending}>
                  {tc("cancel")}
                </Button>
              </DialogClose>
              <Button type="submit" variant="danger" disabled={pending} aria-busy={pending}>
                {kind === "token" ? t("confirmReplaceToken") : t("confirmAppSecret")}
              </Button>
            </div>
          </form>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
