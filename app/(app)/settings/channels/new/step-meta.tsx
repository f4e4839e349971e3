"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { TextField } from "../_components/text-field";
import type { StepProps } from "./new-channel-wizard";

export function StepMeta({ draft, set, errors }: StepProps) {
  const t = useTranslations("channels.wizard.meta");
  const [ownSecret, setOwnSecret] = useState(Boolean(draft.appSecret));
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-ink-muted">{t("intro")}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id="channel-phoneNumberId"
          inputMode="numeric"
          label={t("phoneNumberId")}
          hint={t("phoneNumberIdHint")}
          error={errors.phoneNumberId}
          value={draft.phoneNumberId}
          onChange={(e) => set("phoneNumberId", e.target.value)}
          autoComplete="off"
        />
        <TextField
          id="channel-wabaId"
          inputMode="numeric"
          label={t("wabaId")}
          hint={t("wabaIdHint")}
          error={errors.wabaId}
          value={draft.wabaId}
          onChange={(e) => set("wabaId", e.target.value)}
          autoComplete="off"
        />
      </div>
      <TextField
        id="channel-accessToken"
        type="password"
        label={t("accessToken")}
        hint={t("accessTokenHint")}
        error={errors.accessToken}
        value={draft.accessToken}
        onChange={(e) => set("accessToken", e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      {ownSecret ? (
        <TextField
          id="channel-appSecret"
          type="password"
          label={t("appSecret")}
          hint={t("appSecretHint")}
          error={errors.appSecret}
          value={draft.appSecret}
          onChange={(e) => set("appSecret", e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      ) : (
        <div>
          <Button type="button" variant="ghost" size="sm" onClick={() => setOwnSecret(true)}>
            + {t("addAppSecret")}
          </Button>
        </div>
      )}
    </div>
  );
}
