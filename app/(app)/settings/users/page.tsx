import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/ui/card";
import { Permission } from "@/server/auth/permissions";
import { MIN_PASSWORD_LENGTH } from "@/server/services/auth/password";
import { currentUser, requireAny } from "../../_components/current-user";
import { CreateUserDialog } from "./create-user-dialog";
import { UsersScreen } from "./users-screen";

export default async function UsersPage() {
  requireAny(await currentUser(), [Permission.USERS_MANAGE]);
  const t = await getTranslations("users");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<CreateUserDialog minPasswordLength={MIN_PASSWORD_LENGTH} />} />
      <UsersScreen />
    </>
  );
}
