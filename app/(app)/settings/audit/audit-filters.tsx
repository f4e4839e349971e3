"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { api } from "@/app/_trpc/client";
import { useDescribeEntry } from "./use-describe-entry";

export type AuditFilterFields = { actorId: string; entityType: string; action: string; from: string; to: string };
export const NO_FILTER: AuditFilterFields = { actorId: "", entityType: "", action: "", from: "", to: "" };

export function AuditFilters({ value, onChange }: { value: AuditFilterFields; onChange: (value: AuditFilterFields) => void }) {
  const t = useTranslations("audit");
  const options = api.audit.filterOptions.useQuery();
  const { entityLabel, describe } = useDescribeEntry();
  const entityTypes = [...new Set(options.data?.actions.map((a) => a.entityType))];
  const actions = options.data?.actions.filter((a) => !value.entityType || a.entityType === value.entityType) ?? [];
  const set = (patch: Partial<AuditFilterFields>) => onChange({ ...value, ...patch });

  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="sr-only">{t("filters")}</legend>
      <div className="flex flex-col gap-1">
        <Label htmlFor="audit-actor">{t("actor")}</Label>
        <NativeSelect id="audit-actor" value={value.actorId} onChange={(e) => set({ actorId: e.target.value })} className="w-48">
          <option value="">{t("anyActor")}</option>
          {options.data?.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="audit-entity">{t("entityType")}</Label>
        <NativeSelect id="audit-entity" value={value.entityType} onChange={(e) => set({ entityType: e.target.value, action: "" })} className="w-44">
          <option value="">{t("anyEntityType")}</option>
          {entityTypes.map((type) => (
            <option key={type} value={type}>
              {entityLabel(type)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="audit-action">{t("action")}</Label>
        <NativeSelect id="audit-action" value={value.action} onChange={(e) => set({ action: e.target.value })} className="w-60">
          <option value="">{t("anyAction")}</option>
          {actions.map((a) => (
            <option key={`${a.entityType}:${a.action}`} value={a.action}>
              {describe({ ...a, targetName: "…", data: { count: 2 } })}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="audit-from">{t("from")}</Label>
        <Input id="audit-from" type="date" value={value.from} onChange={(e) => set({ from: e.target.value })} className="w-36" />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="audit-to">{t("to")}</Label>
        <Input id="audit-to" type="date" value={value.to} onChange={(e) => set({ to: e.target.value })} className="w-36" />
      </div>
      {Object.values(value).some(Boolean) ? (
        <Button variant="ghost" onClick={() => onChange(NO_FILTER)}>
          {t("clearFilters")}
        </Button>
      ) : null}
    </fieldset>
  );
}
