import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

// The settings screens' tables: one frame, one header style, horizontal scroll on small screens.
export function Table({ children, className, ...props }: ComponentProps<"table">) {
  return (
    <div className="overflow-x-auto rounded-card border border-line bg-surface">
      <table className={cn("w-full text-sm", className)} {...props}>
        {children}
      </table>
    </div>
  );
}

export function TableHeader({ children }: { children: ReactNode }) {
  return (
    <thead className="bg-surface-muted text-left text-ink-muted">
      <tr>{children}</tr>
    </thead>
  );
}

/** A column title; `hidden` keeps it for screen readers only (e.g. an actions column). */
export function HeaderCell({ children, hidden, className }: { children?: ReactNode; hidden?: boolean; className?: string }) {
  return <th className={cn("px-4 py-3 font-medium", className)}>{hidden ? <span className="sr-only">{children}</span> : children}</th>;
}
