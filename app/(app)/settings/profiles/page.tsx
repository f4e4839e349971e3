import { getTranslations } from "next-intl/server";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../_components/current-user";
import { ListPageHeader } from "../_components/list-page-header";
import { ProfilesList } from "./profiles-list";

export default async function ProfilesPage() {
  requireAny(await currentUser(), [Permission.PROFILES_MANAGE]);
  const t = await getTranslations("profiles");
  return (
    <>
      <ListPageHeader title={t("title")} description={t("description")} newHref="/settings/profiles/new" newLabel={t("newProfile")} />
      <ProfilesList />
    </>
  );
}
