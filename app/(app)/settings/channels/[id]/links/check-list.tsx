"use client";

import { Checkbox } from "@/app/_components/ui/checkbox";
import { Label } from "@/app/_components/ui/label";

type Item = { id: string; label: string; hint?: string };

export function CheckList({
  idPrefix,
  legend,
  showLegend,
  items,
  selected,
  onToggle,
}: {
  idPrefix: string;
  legend: string;
  showLegend?: boolean;
  items: Item[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
}) {
  return (
    <fieldset>
      <legend className={showLegend ? "mb-2 text-sm font-medium" : "sr-only"}>{legend}</legend>
      <ul className="flex max-h-80 flex-col gap-2 overflow-y-auto">
        {items.map((item) => (
          <li key={item.id} className="flex items-start gap-3">
            <Checkbox id={`${idPrefix}-${item.id}`} checked={selected.has(item.id)} onCheckedChange={(c) => onToggle(item.id, c === true)} className="mt-0.5 shrink-0" />
            <Label htmlFor={`${idPrefix}-${item.id}`} className="font-normal">
              {item.label}
              {item.hint ? <span className="ml-2 text-xs text-ink-muted">{item.hint}</span> : null}
            </Label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
