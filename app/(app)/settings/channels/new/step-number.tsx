"use client";

import { useTranslations } from "next-intl";
import { Checkbox } from "@/app/_components/ui/checkbox";
import { Label } from "@/app/_components/ui/label";
import { RadioCards } from "../_components/radio-cards";
import { TextField } from "../_components/text-field";
import type { StepProps } from "./new-channel-wizard";
import type { ChannelDraft } from "./wizard-draft";

const CONFIRMATIONS = ["confirmVirginNumber", "confirmCorporateAccount", "confirmDocumentsValidated", "confirmLosesAppAccess"] as const satisfies (keyof ChannelDraft)[];

export function StepNumber({ draft, set, errors }: StepProps) {
  const t = useTranslations("channels.wizard.number");
  const tm = useTranslations("channels.modeOption");
  return (
    <div className="flex flex-col gap-5">
      <div className="max-w-sm">
        <TextField
          id="channel-phoneNumber"
          type="tel"
          label={t("phoneNumber")}
          hint={t("phoneNumberHint")}
          error={errors.phoneNumber}
          value={draft.phoneNumber}
          onChange={(e) => set("phoneNumber", e.target.value)}
          autoComplete="off"
        />
      </div>
      <RadioCards
        name="channel-mode"
        legend={t("mode")}
        value={draft.mode}
        onChange={(mode) => set("mode", mode)}
        options={[
          { value: "ACTIVE", label: tm("ACTIVE"), hint: tm("ACTIVEHint") },
          { value: "RECEPTIVE", label: tm("RECEPTIVE"), hint: tm("RECEPTIVEHint") },
        ]}
      />
      <fieldset className="flex flex-col gap-3 rounded-md border border-warning/40 bg-warning-soft/40 p-4">
        <legend className="px-1 text-sm font-medium">{t("checklist")}</legend>
        <p className="text-sm text-ink-muted">{t("checklistHint")}</p>
        {CONFIRMATIONS.map((field) => (
          <div key={field} className="flex flex-col gap-1">
            <div className="flex items-start gap-3">
              <Checkbox
                id={`channel-${field}`}
                checked={draft[field]}
                onCheckedChange={(checked) => set(field, checked === true)}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={errors[field] ? `channel-${field}-error` : undefined}
                className="mt-0.5 shrink-0"
              />
              <Label htmlFor={`channel-${field}`} className="font-normal">
                {t(field)}
              </Label>
            </div>
            {errors[field] ? (
              <p id={`channel-${field}-error`} role="alert" className="ml-8 text-xs text-danger">
                {errors[field]}
              </p>
            ) : null}
          </div>
        ))}
      </fieldset>
      <p className="text-sm text-ink-muted">{t("timeline")}</p>
    </div>
  );
}
