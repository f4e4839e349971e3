import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/ui/card";
import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny } from "../../_components/current-user";
import { Forbidden } from "../../_components/forbidden";
import { UsersTable } from "./users-table";

export default async function UsersPage() {
  if (!hasAny(await currentUser(), [Permission.USERS_MANAGE])) return <Forbidden />;
  const t = await getTranslations("users");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <UsersTable />
    </>
  );
}
