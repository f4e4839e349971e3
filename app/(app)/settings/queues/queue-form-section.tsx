import type { ReactNode } from "react";
import { Card } from "@/app/_components/ui/card";

// One card of the queue form: a fieldset whose hint is read out with its legend.
export function QueueFormSection({ id, legend, hint, children }: { id: string; legend: string; hint: ReactNode; children: ReactNode }) {
  return (
    <Card>
      <fieldset aria-describedby={`${id}-hint`}>
        <legend className="font-semibold">{legend}</legend>
        <p id={`${id}-hint`} className="mb-3 text-sm text-ink-muted">
          {hint}
        </p>
        {children}
      </fieldset>
    </Card>
  );
}
