"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/app/_components/ui/dropdown-menu";

export function UserMenu({ name }: { name: string }) {
  const t = useTranslations("auth");
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        data-testid="current-user"
        aria-label={t("userMenu", { name })}
        className="max-w-40 truncate rounded-md px-2 py-1 text-ink-muted hover:bg-surface-sunken sm:max-w-none"
      >
        {name}
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuItem asChild>
          <Link href="/account/password">{t("changePassword.menuItem")}</Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
