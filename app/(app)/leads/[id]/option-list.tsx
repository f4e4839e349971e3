"use client";

import type { ReactNode } from "react";
import { cn } from "@/app/_components/ui/cn";
import type { Refusal } from "@/server/services/conversations/template-eligibility";
import { RefusalText } from "./refusal-notice";

export type Option = { id: string; label: string; detail?: ReactNode; refusal: Refusal | null };

// Native radios: keyboard (arrows, space) and screen readers work without extra code. A refused
// option stays visible, disabled, with the reason read out as its description.
export function OptionList({ name, legend, options, selectedId, onSelect }: { name: string; legend: string; options: Option[]; selectedId: string | null; onSelect: (id: string) => void }) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {options.map((option) => {
        const reasonId = option.refusal ? `${name}-${option.id}-reason` : undefined;
        const checked = option.id === selectedId;
        return (
          <label
            key={option.id}
            className={cn(
              "flex cursor-pointer gap-3 rounded-md border p-3 text-sm",
              checked ? "border-brand bg-brand-soft/40" : "border-line",
              option.refusal && "cursor-not-allowed bg-surface-muted",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={checked}
              disabled={!!option.refusal}
              aria-describedby={reasonId}
              onChange={() => onSelect(option.id)}
              className="mt-0.5 h-4 w-4 accent-brand"
            />
            <span className="min-w-0">
              <span className="font-medium">{option.label}</span>
              {option.detail ? <span className="block text-ink-muted">{option.detail}</span> : null}
              {option.refusal ? (
                <span className="mt-1 block text-warning">
                  <RefusalText refusal={option.refusal} id={reasonId} />
                </span>
              ) : null}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
