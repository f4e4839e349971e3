"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/app/_components/ui/cn";

type Item = { href: string; label: "inbox" | "leads" | "campaigns" | "settings" };

export function MainNav({ items }: { items: Item[] }) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("mainNavigation")} className="flex items-center gap-1">
      {items.map((item) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={cn("rounded-md px-3 py-2 text-sm font-medium", active ? "bg-brand-soft text-brand" : "text-ink-muted hover:bg-surface-sunken")}
          >
            {t(item.label)}
          </Link>
        );
      })}
    </nav>
  );
}
