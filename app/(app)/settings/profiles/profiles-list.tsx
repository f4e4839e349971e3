"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { CloneProfileDialog } from "./clone-profile-dialog";
import { DeleteProfileDialog } from "./delete-profile-dialog";
import { countByGroup, TOTAL_PERMISSIONS } from "./permission-summary";
import { HeaderCell, Table, TableHeader } from "@/app/_components/ui/table";

export function ProfilesList() {
  const t = useTranslations("profiles");
  const tg = useTranslations("permissions.groups");
  const profiles = api.profiles.list.useQuery();

  if (profiles.isLoading) {
    return (
      <div className="flex flex-col gap-2">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} className="h-16" />
        ))}
      </div>
    );
  }
  if (!profiles.data?.length) return <EmptyState title={t("empty")} hint={t("emptyHint")} />;

  return (
    <Table>
      <TableHeader>
        <HeaderCell>{t("name")}</HeaderCell>
        <HeaderCell>{t("permissions")}</HeaderCell>
        <HeaderCell>{t("users")}</HeaderCell>
        <HeaderCell hidden>{t("actions")}</HeaderCell>
      </TableHeader>
      <tbody>
        {profiles.data.map((profile) => (
          <tr key={profile.id} className="border-t border-line align-top" data-testid={`profile-row-${profile.name}`}>
            <td className="px-4 py-3">
              <div className="flex flex-wrap items-center gap-2 font-medium">
                {profile.name}
                {profile.isAdmin ? <Badge tone="brand">{t("fixedBadge")}</Badge> : null}
              </div>
              {profile.description ? <p className="mt-1 max-w-md text-ink-muted">{profile.description}</p> : null}
            </td>
            <td className="px-4 py-3">
              {profile.isAdmin ? (
                <span className="font-medium">{t("allPermissions")}</span>
              ) : (
                <>
                  <div>{t("permissionCount", { count: profile.permissions.length, total: TOTAL_PERMISSIONS })}</div>
                  <div className="mt-1 text-xs text-ink-muted">
                    {countByGroup(profile.permissions)
                      .map((g) => t("groupCount", { group: tg(g.id), count: g.count, total: g.total }))
                      .join(" · ")}
                  </div>
                </>
              )}
            </td>
            <td className="px-4 py-3">{t("userCount", { count: profile.userCount })}</td>
            <td className="px-4 py-3">
              <div className="flex flex-wrap justify-end gap-1">
                <Button asChild variant="ghost" size="sm">
                  <Link href={`/settings/profiles/${profile.id}`} aria-label={`${profile.isAdmin ? t("view") : t("edit")} ${profile.name}`}>
                    {profile.isAdmin ? t("view") : t("edit")}
                  </Link>
                </Button>
                <CloneProfileDialog profile={profile} />
                {profile.isAdmin ? null : <DeleteProfileDialog profile={profile} />}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
