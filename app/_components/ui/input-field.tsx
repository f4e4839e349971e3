import type { ComponentProps, ReactNode } from "react";
import { FieldError } from "./field-error";
import { Input } from "./input";
import { Label } from "./label";

type Props = Omit<ComponentProps<"input">, "id"> & { id: string; label: string; error?: string; hint?: ReactNode; action?: ReactNode };

// A labelled input whose inline error (or, while there is none, its hint) is announced with it.
// `action` is a button beside the input; the row wraps under it on a narrow screen.
export function InputField({ id, label, error, hint, action, ...input }: Props) {
  const note = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      {/* The row stays while `action` comes and goes, so the input keeps its focus. */}
      <div className="flex flex-wrap gap-2">
        <Input id={id} aria-invalid={Boolean(error)} aria-describedby={note} {...input} />
        {action}
      </div>
      {error || !hint ? (
        <FieldError id={`${id}-error`} message={error} />
      ) : (
        <p id={`${id}-hint`} className="text-xs text-ink-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
