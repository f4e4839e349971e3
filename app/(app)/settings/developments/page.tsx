import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/ui/card";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../_components/current-user";
import { CreateDevelopmentDialog } from "./create-development-dialog";
import { DevelopmentsList } from "./developments-list";

export default async function DevelopmentsPage() {
  requireAny(await currentUser(), [Permission.DEVELOPMENTS_MANAGE]);
  const t = await getTranslations("developments");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<CreateDevelopmentDialog />} />
      <DevelopmentsList />
    </>
  );
}
