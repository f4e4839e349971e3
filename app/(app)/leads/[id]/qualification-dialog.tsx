"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Checkbox } from "@/app/_components/ui/checkbox";
import { Input } from "@/app/_components/ui/input";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { api, type RouterInputs, type RouterOutputs } from "@/app/_trpc/client";
import { qualificationValueText } from "../_lib/qualification-text";

type Proposal = RouterOutputs["leads"]["qualify"];
type Lead = RouterOutputs["leads"]["get"];
type SaveInput = RouterInputs["leads"]["saveQualification"];

const FIELDS = ["interest", "interestDevelopmentId", "bedrooms", "budgetMin", "budgetMax", "financing", "visitWanted", "visitWhen"] as const;
type Field = (typeof FIELDS)[number];
// What the editors hold: text as typed; converted when saved.
type Draft = Record<Field, { include: boolean; text: string; confidence: number | null }>;

// Below this the badge asks the broker to check the value before saving it.
const LOW_CONFIDENCE = 0.6;

function initialDraft(proposal: Proposal): Draft {
  const { fields } = proposal;
  const entry = (value: string | number | boolean | null | undefined, confidence: number | null) => ({
    include: value !== null && value !== undefined,
    text: value === null || value === undefined ? "" : String(value),
    confidence,
  });
  return {
    interest: entry(fields.interest?.value, fields.interest?.confidence ?? null),
    interestDevelopmentId: entry(proposal.interestDevelopmentId, null),
    bedrooms: entry(fields.bedrooms?.value, fields.bedrooms?.confidence ?? null),
    budgetMin: entry(fields.budgetMin?.value, fields.budgetMin?.confidence ?? null),
    budgetMax: entry(fields.budgetMax?.value, fields.budgetMax?.confidence ?? null),
    financing: entry(fields.financing?.value, fields.financing?.confidence ?? null),
    visitWanted: entry(fields.visitWanted?.value, fields.visitWanted?.confidence ?? null),
    visitWhen: entry(fields.visitWhen?.value, fields.visitWhen?.confidence ?? null),
  };
}

const wholeNumber = (text: string) => (text.trim() === "" ? null : Math.round(Number(text.replace(/\D/g, ""))));

function toInput(leadId: string, draft: Draft): SaveInput {
  const input: SaveInput = { leadId, source: "assistant" };
  const chosen = (field: Field) => draft[field].include;
  if (chosen("interest")) input.interest = draft.interest.text.trim() || null;
  if (chosen("interestDevelopmentId")) input.interestDevelopmentId = draft.interestDevelopmentId.text || null;
  if (chosen("bedrooms")) input.bedrooms = wholeNumber(draft.bedrooms.text);
  if (chosen("budgetMin")) input.budgetMin = wholeNumber(draft.budgetMin.text);
  if (chosen("budgetMax")) input.budgetMax = wholeNumber(draft.budgetMax.text);
  if (chosen("financing")) input.financing = (draft.financing.text || null) as SaveInput["financing"];
  if (chosen("visitWanted")) input.visitWanted = draft.visitWanted.text === "" ? null : draft.visitWanted.text === "true";
  if (chosen("visitWhen")) input.visitWhen = draft.visitWhen.text.trim() || null;
  return input;
}

/** The assistant's proposal, field by field: the broker ticks, corrects and saves; nothing is saved unticked. */
export function QualificationDialogBody({ lead, proposal, onSaved, onCancel }: { lead: Lead; proposal: Proposal; onSaved: () => void; onCancel: () => void }) {
  const t = useTranslations("leads");
  const locale = useLocale();
  const [draft, setDraft] = useState(() => initialDraft(proposal));
  const [problem, setProblem] = useState<string | null>(null);
  const save = api.leads.saveQualification.useMutation({
    onSuccess: (result) => (result.changed ? onSaved() : setProblem(t("assistant.unchanged"))),
  });
  const nothingFound = Object.values(proposal.fields).every((field) => field === null);
  const set = (field: Field, patch: Partial<Draft[Field]>) => setDraft((all) => ({ ...all, [field]: { ...all[field], ...patch, include: patch.include ?? true } }));

  const current: Record<Field, string> = {
    interest: qualificationValueText(t, locale, "interest", lead.interest),
    interestDevelopmentId: qualificationValueText(t, locale, "interestDevelopmentId", lead.interestDevelopment?.id, lead.interestDevelopment?.name),
    bedrooms: qualificationValueText(t, locale, "bedrooms", lead.bedrooms),
    budgetMin: qualificationValueText(t, locale, "budgetMin", lead.budgetMin),
    budgetMax: qualificationValueText(t, locale, "budgetMax", lead.budgetMax),
    financing: qualificationValueText(t, locale, "financing", lead.financing),
    visitWanted: qualificationValueText(t, locale, "visitWanted", lead.visitWanted),
    visitWhen: qualificationValueText(t, locale, "visitWhen", lead.visitWhen),
  };

  function editor(field: Field, id: string): ReactNode {
    const value = draft[field].text;
    const onText = (text: string) => set(field, { text });
    switch (field) {
      case "interestDevelopmentId":
        return (
          <NativeSelect id={id} value={value} onChange={(e) => onText(e.target.value)}>
            <option value="">{t("assistant.noDevelopment")}</option>
            {proposal.developments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </NativeSelect>
        );
      case "financing":
        return (
          <NativeSelect id={id} value={value} onChange={(e) => onText(e.target.value)}>
            <option value="">{t("none")}</option>
            {(["YES", "NO", "UNKNOWN"] as const).map((code) => (
              <option key={code} value={code}>
                {t(`qualification.financing.${code}`)}
              </option>
            ))}
          </NativeSelect>
        );
      case "visitWanted":
        return (
          <NativeSelect id={id} value={value} onChange={(e) => onText(e.target.value)}>
            <option value="">{t("none")}</option>
            <option value="true">{t("qualification.yes")}</option>
            <option value="false">{t("qualification.no")}</option>
          </NativeSelect>
        );
      case "bedrooms":
      case "budgetMin":
      case "budgetMax":
        return <Input id={id} inputMode="numeric" value={value} onChange={(e) => onText(e.target.value.replace(/[^\d]/g, ""))} />;
      default:
        return <Input id={id} value={value} maxLength={200} onChange={(e) => onText(e.target.value)} />;
    }
  }

  function submit() {
    setProblem(null);
    if (!FIELDS.some((field) => draft[field].include)) return setProblem(t("assistant.nothingSelected"));
    save.mutate(toInput(lead.id, draft));
  }

  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {proposal.standIn ? <p className="text-xs text-ink-muted">{t("assistant.standInNote")}</p> : null}
      {nothingFound ? <p className="rounded-md bg-surface-sunken p-3 text-sm text-ink-muted">{t("assistant.nothingFound")}</p> : null}
      <ul className="flex max-h-[55vh] flex-col gap-3 overflow-y-auto pr-1" data-testid="qualification-proposal">
        {FIELDS.map((field) => {
          const id = `qualification-${field}`;
          const { confidence, include } = draft[field];
          return (
            <li key={field} className="grid grid-cols-[auto_minmax(0,1fr)] items-start gap-x-3 gap-y-1" data-field={field}>
              <Checkbox
                className="mt-7"
                checked={include}
                onCheckedChange={(checked) => set(field, { include: checked === true })}
                aria-label={t("assistant.keepField", { field: t(`qualification.fields.${field}`) })}
              />
              <div className="flex flex-col gap-1">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <label htmlFor={id} className="text-sm font-medium">
                    {t(`qualification.fields.${field}`)}
                  </label>
                  {confidence !== null ? (
                    <Badge tone={confidence < LOW_CONFIDENCE ? "warning" : "brand"} data-testid="confidence">
                      {t("assistant.confidence", { percent: Math.round(confidence * 100) })}
                      {confidence < LOW_CONFIDENCE ? ` · ${t("assistant.lowConfidence")}` : ""}
                    </Badge>
                  ) : field !== "interestDevelopmentId" ? (
                    <span className="text-xs text-ink-faint">{t("assistant.notFound")}</span>
                  ) : null}
                </div>
                {editor(field, id)}
                <p className="text-xs text-ink-faint">{t("assistant.current", { value: current[field] })}</p>
              </div>
            </li>
          );
        })}
      </ul>
      {problem || save.error ? (
        <p role="alert" className="text-sm text-danger">
          {problem ?? save.error?.message}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("assistant.cancel")}
        </Button>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t("assistant.saving") : t("assistant.save")}
        </Button>
      </div>
    </form>
  );
}
