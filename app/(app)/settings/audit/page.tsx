import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/ui/card";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../_components/current-user";
import { AuditScreen } from "./audit-screen";

export default async function AuditPage() {
  requireAny(await currentUser(), [Permission.AUDIT_VIEW]);
  const t = await getTranslations("audit");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditScreen />
    </>
  );
}
