import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/ui/card";
import { serverApi } from "@/app/_trpc/server";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../_components/current-user";
import { CampaignBuilder } from "../_components/campaign-builder";

export default async function NewCampaignPage() {
  // Layout and page render side by side: refuse here too, before the page asks for data it may not read.
  requireAny(await currentUser(), [Permission.CAMPAIGNS]);
  const t = await getTranslations("campaigns.builder");
  const options = await (await serverApi()).campaigns.builderOptions();
  return (
    <main className="mx-auto max-w-7xl p-4 md:p-6">
      <PageHeader title={t("title")} description={t("description")} />
      <CampaignBuilder options={options} />
    </main>
  );
}
