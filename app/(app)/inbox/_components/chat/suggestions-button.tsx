"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/app/_components/ui/cn";
import { SUGGESTIONS_SHORTCUT } from "./suggestions-shortcut";

// Opens (or closes) the assistant's suggestions; the title and the accessible name say the shortcut.
export function SuggestionsButton({ open, onClick, wide = false }: { open: boolean; onClick: () => void; wide?: boolean }) {
  const t = useTranslations("inbox.suggestions");
  const label = t("button");
  return (
    <button
      type="button"
      onClick={onClick}
      aria-expanded={open}
      aria-keyshortcuts="Control+."
      aria-label={t("buttonLabel", { shortcut: SUGGESTIONS_SHORTCUT })}
      title={t("buttonLabel", { shortcut: SUGGESTIONS_SHORTCUT })}
      data-testid="suggestions-button"
      className={cn("flex h-11 min-w-11 shrink-0 items-center justify-center gap-1 rounded-full px-2.5 text-sm font-medium text-brand hover:bg-brand-soft", open && "bg-brand-soft")}
    >
      <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M12 3l1.9 4.6L18.5 9.5l-4.6 1.9L12 16l-1.9-4.6L5.5 9.5l4.6-1.9z" />
        <path d="M19 15l.8 2.2L22 18l-2.2.8L19 21l-.8-2.2L16 18l2.2-.8z" />
      </svg>
      {/* The word where the composer has room for it; the icon, its title and accessible name everywhere. */}
      <span className={wide ? "inline" : "hidden @2xl:inline"}>{label}</span>
    </button>
  );
}
