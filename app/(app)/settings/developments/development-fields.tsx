"use client";

import { useTranslations } from "next-intl";
import { Input, Textarea } from "@/app/_components/ui/input";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { BRAZIL_STATES } from "@/server/services/developments/development-schemas";
import { describedBy, FormField } from "../channels/_components/form-field";
import { TextField } from "../channels/_components/text-field";
import { AmenitiesEditor } from "./amenities-editor";
import type { DevelopmentDraft } from "./development-draft";
import { TypologiesEditor } from "./typologies-editor";

/** The short form creates a development; `full` adds the facts brokers quote (and the assistant cites). */
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
      {full ? (
        <div className="sm:col-span-3">
          <TextField id="development-neighborhood" label={t("neighborhood")} error={errors.neighborhood} value={draft.neighborhood} onChange={(e) => set({ neighborhood: e.target.value })} />
        </div>
      ) : null}
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
        <>
          <div className="sm:col-span-3">
            <FormField id="development-description" label={t("description")} hint={t("descriptionHint")} error={errors.description}>
              <Textarea id="development-description" rows={4} maxLength={2000} value={draft.description} onChange={(e) => set({ description: e.target.value })} {...describedBy("development-description", { hint: true, error: errors.description })} />
            </FormField>
          </div>
          <div className="sm:col-span-3">
            <TypologiesEditor typologies={draft.typologies} onChange={(typologies) => set({ typologies })} errors={errors} />
          </div>
          <div className="sm:col-span-2">
            <FormField id="development-delivery" label={t("deliveryMonth")} hint={t("deliveryMonthHint")} error={errors.deliveryMonth}>
              <Input id="development-delivery" type="month" value={draft.deliveryMonth} onChange={(e) => set({ deliveryMonth: e.target.value })} {...describedBy("development-delivery", { hint: true, error: errors.deliveryMonth })} />
            </FormField>
          </div>
          <div className="sm:col-span-3">
            <AmenitiesEditor amenities={draft.amenities} onChange={(amenities) => set({ amenities })} error={errors.amenities ?? Object.entries(errors).find(([path]) => path.startsWith("amenities."))?.[1]} />
          </div>
          <div className="sm:col-span-3">
            <FormField id="development-payment" label={t("paymentConditions")} hint={t("paymentConditionsHint")} error={errors.paymentConditions}>
              <Textarea id="development-payment" rows={3} maxLength={2000} value={draft.paymentConditions} onChange={(e) => set({ paymentConditions: e.target.value })} {...describedBy("development-payment", { hint: true, error: errors.paymentConditions })} />
            </FormField>
          </div>
        </>
      ) : null}
    </div>
  );
}
