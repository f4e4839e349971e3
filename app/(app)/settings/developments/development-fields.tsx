"use client";

import { useTranslations } from "next-intl";
import { Textarea } from "@/app/_components/ui/input";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { BRAZIL_STATES } from "@/server/services/developments/development-schemas";
import { describedBy, FormField } from "../channels/_components/form-field";
import { TextField } from "../channels/_components/text-field";

export type DevelopmentDraft = { name: string; address: string; city: string; state: string; description: string };

export const toDevelopmentInput = (d: DevelopmentDraft) => ({
  name: d.name,
  address: d.address,
  city: d.city,
  state: (BRAZIL_STATES as readonly string[]).includes(d.state) ? (d.state as (typeof BRAZIL_STATES)[number]) : null,
  description: d.description,
});

export function DevelopmentFields({ draft, onChange, errors, full }: { draft: DevelopmentDraft; onChange: (d: DevelopmentDraft) => void; errors: Record<string, string>; full?: boolean }) {
  const t = useTranslations("developments.fields");
  const set = (patch: Partial<DevelopmentDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="grid gap-4 sm:grid-cols-[1fr_1fr_8rem]">
      <div className="sm:col-span-3">
        <TextField id="development-name" label={t("name")} error={errors.name} value={draft.name} onChange={(e) => set({ name: e.target.value })} />
      </div>
      <div className="sm:col-span-3">
        <TextField id="development-address" label={t("address")} hint={t("addressHint")} error={errors.address} value={draft.address} onChange={(e) => set({ address: e.target.value })} />
      </div>
      <div className="sm:col-span-2">
        <TextField id="development-city" label={t("city")} error={errors.city} value={draft.city} onChange={(e) => set({ city: e.target.value })} />
      </div>
      <FormField id="development-state" label={t("state")}>
        <NativeSelect id="development-state" value={draft.state} onChange={(e) => set({ state: e.target.value })}>
          <option value="">—</option>
          {BRAZIL_STATES.map((uf) => (
            <option key={uf} value={uf}>
              {uf}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      {full ? (
        <div className="sm:col-span-3">
          <FormField id="development-description" label={t("description")} hint={t("descriptionHint")} error={errors.description}>
            <Textarea id="development-description" rows={4} maxLength={2000} value={draft.description} onChange={(e) => set({ description: e.target.value })} {...describedBy("development-description", { hint: true, error: errors.description })} />
          </FormField>
        </div>
      ) : null}
    </div>
  );
}
