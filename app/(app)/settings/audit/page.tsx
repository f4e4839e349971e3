import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/ui/card";
import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny } from "../../_components/current-user";
import { Forbidden } from "../../_components/forbidden";
import { AuditScreen } from "./audit-screen";

export default async function AuditPage() {
  if (!hasAny(await currentUser(), [Permission.AUDIT_VIEW])) return <Forbidden />;
  const t = await getTranslations("audit");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditScreen />
    </>
  );
}
