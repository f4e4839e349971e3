import type { ComponentProps } from "react";
import { cn } from "./cn";

// A styled <select>: native keyboard and screen-reader behaviour, and the phone's own picker on mobile.
export function NativeSelect({ className, ...props }: ComponentProps<"select">) {
  return (
    <select
      className={cn("h-10 w-full rounded-md border border-line bg-surface px-3 text-sm aria-invalid:border-danger disabled:opacity-50", className)}
      {...props}
    />
  );
}
