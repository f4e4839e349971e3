"use client";

import { DropdownMenu as DropdownPrimitive } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export const DropdownMenu = DropdownPrimitive.Root;
export const DropdownMenuTrigger = DropdownPrimitive.Trigger;

export function DropdownMenuContent({ children, className, ...props }: ComponentProps<typeof DropdownPrimitive.Content> & { children: ReactNode }) {
  return (
    <DropdownPrimitive.Portal>
      <DropdownPrimitive.Content
        sideOffset={6}
        align="end"
        className={cn("z-50 min-w-48 rounded-md border border-line bg-surface p-1 shadow-lg", className)}
        {...props}
      >
        {children}
      </DropdownPrimitive.Content>
    </DropdownPrimitive.Portal>
  );
}

export function DropdownMenuItem({ className, ...props }: ComponentProps<typeof DropdownPrimitive.Item>) {
  return (
    <DropdownPrimitive.Item
      className={cn("flex min-h-10 cursor-pointer items-center gap-2 rounded px-3 text-sm outline-none select-none data-[disabled]:opacity-50 data-[highlighted]:bg-surface-sunken", className)}
      {...props}
    />
  );
}
