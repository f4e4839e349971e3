"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/card";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { ProfileFields } from "./profile-fields";

// Loads the profile being edited (none for a new one) and hands it to the fields once.
export function ProfileForm({ id }: { id?: string }) {
  const t = useTranslations("profiles");
  const profile = api.profiles.get.useQuery({ id: id ?? "" }, { enabled: Boolean(id) });
  const back = (
    <Link href="/settings/profiles" className="text-sm text-brand underline-offset-2 hover:underline">
      ← {t("back")}
    </Link>
  );

  if (!id) {
    return (
      <>
        {back}
        <PageHeader title={t("newTitle")} />
        <ProfileFields />
      </>
    );
  }
  if (profile.isLoading) return <Skeleton className="h-96" />;
  if (!profile.data) return <EmptyState title={t("notFound")} action={back} />;
  return (
    <>
      {back}
      <PageHeader title={profile.data.isAdmin ? t("viewTitle") : t("editTitle")} />
      <ProfileFields key={profile.data.id} profile={profile.data} />
    </>
  );
}
