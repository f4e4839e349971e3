import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SETTINGS_PERMISSIONS } from "@/server/auth/permissions";
import { currentUser, hasAny } from "../_components/current-user";
import { SETTINGS_SECTIONS, sectionPermissions } from "./sections";

// First gate: no settings permission and no section open to the user (a broker reaches only their
// personal standard messages) → no settings. Each page and procedure checks its own.
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  const visible = SETTINGS_SECTIONS.filter((s) => hasAny(user, sectionPermissions(s)));
  if (!hasAny(user, SETTINGS_PERMISSIONS) && visible.length === 0) forbidden();
  const t = await getTranslations("settings");
  const tg = await getTranslations("permissions.groups");
  const groups = [...new Set(visible.map((s) => s.group))];
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 p-4 md:flex-row md:p-6">
      <nav aria-label={t("title")} className="md:w-56 md:shrink-0">
        {groups.map((group) => (
          <div key={group} className="mb-4">
            <p className="mb-1 px-3 text-xs font-semibold tracking-wide text-ink-faint uppercase">{tg(group)}</p>
            <ul>
              {visible
                .filter((s) => s.group === group)
                .map((s) => (
                  <li key={s.href}>
                    <Link href={s.href} className="block rounded-md px-3 py-2 text-sm hover:bg-surface-sunken">
                      {t(`nav.${s.key}`)}
                    </Link>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </nav>
      <main className="min-w-0 flex-1">{children}</main>
    </div>
  );
}
