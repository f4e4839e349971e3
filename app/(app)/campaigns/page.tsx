import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/app/_components/ui/button";
import { PageHeader } from "@/app/_components/ui/card";
import { serverApi } from "@/app/_trpc/server";
import { CampaignsList } from "./_components/campaigns-list";

export default async function CampaignsPage() {
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
