import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return (
    <input
      className={cn(
        "h-10 w-full rounded-md border border-line bg-surface px-3 text-sm placeholder:text-ink-faint aria-invalid:border-danger disabled:opacity-50",
        className,
      )}
      {...props}
    />
  );
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea
      className={cn("w-full rounded-md border border-line bg-surface px-3 py-2 text-sm placeholder:text-ink-faint aria-invalid:border-danger", className)}
      {...props}
    />
  );
}

// A search box: screen readers hear `label`; `onSearch` gets the text as typed.
export function SearchInput({ label, onSearch, ...props }: Omit<ComponentProps<"input">, "type" | "onChange"> & { label: string; onSearch: (text: string) => void }) {
  return <Input type="search" aria-label={label} onChange={(e) => onSearch(e.target.value)} {...props} />;
}
