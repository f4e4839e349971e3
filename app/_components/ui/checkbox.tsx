"use client";

import { Checkbox as CheckboxPrimitive } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Checkbox({ className, ...props }: ComponentProps<typeof CheckboxPrimitive.Root>) {
  return (
    <CheckboxPrimitive.Root
      className={cn("flex h-5 w-5 items-center justify-center rounded border border-ink-faint bg-surface data-[state=checked]:border-brand data-[state=checked]:bg-brand", className)}
      {...props}
    >
      <CheckboxPrimitive.Indicator className="text-xs leading-none text-white">
        {props.checked === "indeterminate" ? "–" : "✓"}
      </CheckboxPrimitive.Indicator>
    </CheckboxPrimitive.Root>
  );
}
