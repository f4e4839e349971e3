import { cn } from "@/app/_components/ui/cn";
import { initials } from "../_lib/format";

export function Avatar({ name, className }: { name: string; className?: string }) {
  const letters = initials(name);
  return (
    <span aria-hidden className={cn("flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-brand-soft text-sm font-semibold text-brand", className)}>
      {letters || (
        <svg viewBox="0 0 24 24" className="h-5 w-5" fill="currentColor">
          <path d="M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Zm0 2c-4.4 0-8 2.3-8 5v1h16v-1c0-2.7-3.6-5-8-5Z" />
        </svg>
      )}
    </span>
  );
}
