"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/app/_components/ui/dropdown-menu";
import { LOCALES } from "@/server/i18n/locales";
import { setLocale } from "./set-locale";

export type UserMenuLink = { href: string; label: "myStandardMessages" | "changePassword" };

// The signed-in user's own things, under their name in the header.
export function UserMenu({ name, links }: { name: string; links: UserMenuLink[] }) {
  const t = useTranslations("nav");
  const current = useLocale();
  const router = useRouter();
  const [, startTransition] = useTransition();
  const choose = (locale: string) =>
    startTransition(async () => {
      await setLocale(locale);
      router.refresh();
    });
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={t("userMenu", { name })}
        className="flex min-h-11 items-center gap-1 rounded-md px-2 text-ink-muted hover:bg-surface-sunken hover:text-ink"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5 sm:hidden" fill="currentColor">
          <path d="M10 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0H3Z" />
        </svg>
        <span data-testid="current-user" className="hidden sm:inline">
          {name}
        </span>
        <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          <path d="M5.5 7.5 10 12l4.5-4.5h-9Z" />
        </svg>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        {links.map((link) => (
          <DropdownMenuItem key={link.href} asChild>
            <Link href={link.href}>{t(link.label)}</Link>
          </DropdownMenuItem>
        ))}
        <div role="separator" className="my-1 border-t border-line" />
        <p className="px-3 pt-1 text-xs text-ink-muted">{t("language")}</p>
        {LOCALES.map((locale) => (
          <DropdownMenuItem key={locale} lang={locale} aria-current={locale === current ? "true" : undefined} onSelect={() => choose(locale)}>
            <span aria-hidden className="w-4">
              {locale === current ? "✓" : ""}
            </span>
            {t(`languages.${locale}`)}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
