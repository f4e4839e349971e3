import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/app/_components/ui/button";
import { PageHeader } from "@/app/_components/ui/card";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../_components/current-user";
import { ProfilesList } from "./profiles-list";

export default async function ProfilesPage() {
  requireAny(await currentUser(), [Permission.PROFILES_MANAGE]);
  const t = await getTranslations("profiles");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Button asChild>
            <Link href="/settings/profiles/new">{t("newProfile")}</Link>
          </Button>
        }
      />
      <ProfilesList />
    </>
  );
}
