import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/app/_components/ui/button";
import { PageHeader } from "@/app/_components/ui/card";
import { serverApi } from "@/app/_trpc/server";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../_components/current-user";
import { CampaignsList } from "./_components/campaigns-list";

export default async function CampaignsPage() {
  // Layout and page render side by side: refuse here too, before the page asks for data it may not read.
  requireAny(await currentUser(), [Permission.CAMPAIGNS]);
  const t = await getTranslations("campaigns");
  const campaigns = await (await serverApi()).campaigns.list();
  return (
    <main className="mx-auto max-w-7xl p-4 md:p-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Button asChild>
            <Link href="/campaigns/new">{t("new")}</Link>
          </Button>
        }
      />
      <CampaignsList initial={campaigns} />
    </main>
  );
}
