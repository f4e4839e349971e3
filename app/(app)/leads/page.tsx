import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/ui/card";
import { serverApi } from "@/app/_trpc/server";
import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny } from "../_components/current-user";
import { LeadsList } from "./leads-list";

export default async function LeadsPage() {
  // The leads layout refused users without the inbox (outside this page's loading boundary: 403).
  const user = await currentUser();
  const t = await getTranslations("leads");
  const firstPage = await (await serverApi()).leads.list({});
  return (
    <main className="mx-auto max-w-7xl p-4 md:p-6">
      <PageHeader title={t("title")} description={hasAny(user, [Permission.INBOX_MANAGE]) ? t("descriptionManager") : t("description")} />
      <LeadsList firstPage={firstPage} />
    </main>
  );
}
