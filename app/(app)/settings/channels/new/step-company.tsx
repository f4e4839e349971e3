"use client";

import { useTranslations } from "next-intl";
import { TextField } from "../_components/text-field";
import type { StepProps } from "./new-channel-wizard";

export function StepCompany({ draft, set, errors }: StepProps) {
  const t = useTranslations("channels.wizard.company");
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <TextField id="channel-name" label={t("name")} hint={t("nameHint")} error={errors.name} value={draft.name} onChange={(e) => set("name", e.target.value)} autoComplete="off" />
      <TextField id="channel-companyName" label={t("companyName")} error={errors.companyName} value={draft.companyName} onChange={(e) => set("companyName", e.target.value)} autoComplete="organization" />
      <TextField
        id="channel-responsibleEmail"
        type="email"
        label={t("responsibleEmail")}
        hint={t("responsibleEmailHint")}
        error={errors.responsibleEmail}
        value={draft.responsibleEmail}
        onChange={(e) => set("responsibleEmail", e.target.value)}
        autoComplete="email"
      />
      <TextField
        id="channel-businessManagerId"
        inputMode="numeric"
        label={t("businessManagerId")}
        hint={t("businessManagerIdHint")}
        error={errors.businessManagerId}
        value={draft.businessManagerId}
        onChange={(e) => set("businessManagerId", e.target.value)}
        autoComplete="off"
      />
      <TextField
        id="channel-expectedMonthlyLeads"
        type="number"
        min={0}
        label={t("expectedMonthlyLeads")}
        hint={t("expectedHint")}
        error={errors.expectedMonthlyLeads}
        value={draft.expectedMonthlyLeads}
        onChange={(e) => set("expectedMonthlyLeads", e.target.value)}
      />
      <TextField
        id="channel-expectedMonthlyMessages"
        type="number"
        min={0}
        label={t("expectedMonthlyMessages")}
        error={errors.expectedMonthlyMessages}
        value={draft.expectedMonthlyMessages}
        onChange={(e) => set("expectedMonthlyMessages", e.target.value)}
      />
    </div>
  );
}
