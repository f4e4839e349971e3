import type { ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";

// The row under a form with its submit button, held (and marked busy) while the request runs.
export function FormSubmitBar({ pending, className, children }: { pending: boolean; className?: string; children: ReactNode }) {
  return (
    <div className={cn("flex justify-end", className)}>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {children}
      </Button>
    </div>
  );
}
