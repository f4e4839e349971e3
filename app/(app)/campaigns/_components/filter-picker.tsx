"use client";

import { useTranslations } from "next-intl";
import { Checkbox } from "@/app/_components/ui/checkbox";
import { Label } from "@/app/_components/ui/label";

type Item = { id: string; label: string };

// A segment list as a disclosure of checkboxes: native <details> opens with Enter/Space, and the
// summary says how many are ticked without opening it.
export function FilterPicker({ id, legend, items, selected, onChange }: { id: string; legend: string; items: Item[]; selected: readonly string[]; onChange: (ids: string[]) => void }) {
  const t = useTranslations("campaigns.builder");
  const chosen = new Set(selected);
  const toggle = (itemId: string, on: boolean) => onChange(on ? [...selected, itemId] : selected.filter((s) => s !== itemId));
  return (
    <details className="rounded-md border border-line bg-surface" data-testid={`filter-${id}`}>
      <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-3 text-sm">
        <span className="font-medium">{legend}</span>
        <span className="text-ink-muted">{selected.length ? t("selectedCount", { count: selected.length }) : t("anySelected")}</span>
      </summary>
      <fieldset className="border-t border-line p-3">
        <legend className="sr-only">{legend}</legend>
        <ul className="flex max-h-60 flex-col gap-2 overflow-y-auto">
          {items.map((item) => (
            <li key={item.id} className="flex items-center gap-3">
              <Checkbox id={`${id}-${item.id}`} checked={chosen.has(item.id)} onCheckedChange={(c) => toggle(item.id, c === true)} className="shrink-0" />
              <Label htmlFor={`${id}-${item.id}`} className="font-normal">
                {item.label}
              </Label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}
