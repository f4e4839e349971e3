"use client";

import { cn } from "@/app/_components/ui/cn";

type Option<T extends string> = { value: T; label: string; hint?: string; disabled?: boolean };

// A fieldset of native radios drawn as cards: arrow keys, labels and screen readers for free.
export function RadioCards<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  hint,
  disabled,
}: {
  name: string;
  legend: string;
  options: Option<T>[];
  value: T;
  onChange: (value: T) => void;
  hint?: string;
  disabled?: boolean;
}) {
  return (
    <fieldset className="flex flex-col gap-2" disabled={disabled} aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "flex cursor-pointer gap-3 rounded-md border p-3 text-sm has-[:checked]:border-brand has-[:checked]:bg-brand-soft/40 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand",
              "border-line",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              disabled={option.disabled}
              onChange={() => onChange(option.value)}
              className="mt-0.5 accent-brand"
            />
            <span>
              <span className="font-medium">{option.label}</span>
              {option.hint ? <span className="block text-ink-muted">{option.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-ink-muted">
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
}
