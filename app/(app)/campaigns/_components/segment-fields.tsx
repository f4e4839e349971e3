"use client";

import { useTranslations } from "next-intl";
import { Card } from "@/app/_components/ui/card";
import { InputField } from "@/app/_components/ui/input-field";
import { ORIGINS, type BuilderOptions, type ListKey, type Segment } from "../_lib/builder-draft";
import { FilterPicker } from "./filter-picker";

export function SegmentFields({ options, segment, onChange }: { options: BuilderOptions; segment: Segment; onChange: (segment: Segment) => void }) {
  const t = useTranslations("campaigns.builder");
  const lists: { key: ListKey; items: { id: string; label: string }[] }[] = [
    { key: "developmentIds", items: options.developments.map((d) => ({ id: d.id, label: d.name })) },
    { key: "tagIds", items: options.tags.map((d) => ({ id: d.id, label: d.name })) },
    { key: "queueIds", items: options.queues.map((d) => ({ id: d.id, label: d.name })) },
    { key: "ownerIds", items: options.owners.map((d) => ({ id: d.id, label: d.name })) },
    { key: "origins", items: ORIGINS.map((o) => ({ id: o, label: t(`origin.${o}`) })) },
  ];
  const legend: Record<ListKey, string> = { developmentIds: t("developments"), tagIds: t("tags"), queueIds: t("queues"), ownerIds: t("owners"), origins: t("origins") };
  return (
    <Card className="flex flex-col gap-3">
      <div>
        <h2 className="font-semibold">{t("segment")}</h2>
        <p className="text-sm text-ink-muted">{t("segmentHint")}</p>
      </div>
      <div className="grid items-start gap-2 md:grid-cols-2">
        {lists.map(({ key, items }) => (
          <FilterPicker key={key} id={key} legend={legend[key]} items={items} selected={segment[key]} onChange={(ids) => onChange({ ...segment, [key]: ids })} />
        ))}
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <InputField id="last-after" type="date" label={t("lastInteractionAfter")} value={segment.lastInteractionAfter} onChange={(e) => onChange({ ...segment, lastInteractionAfter: e.target.value })} />
        <InputField id="last-before" type="date" label={t("lastInteractionBefore")} value={segment.lastInteractionBefore} onChange={(e) => onChange({ ...segment, lastInteractionBefore: e.target.value })} />
      </div>
    </Card>
  );
}
