import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { serverApi } from "@/app/_trpc/server";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../_components/current-user";
import { CampaignDetail } from "./campaign-detail";

async function load(campaignId: string) {
  try {
    return await (await serverApi()).campaigns.get({ campaignId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
}

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  // Layout and page render side by side: refuse here too, before the page asks for data it may not read.
  requireAny(await currentUser(), [Permission.CAMPAIGNS]);
  const { id } = await params;
  const t = await getTranslations("campaigns");
  const campaign = await load(id);
  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-4 p-4 md:p-6">
      <Link href="/campaigns" className="self-start text-sm text-brand hover:underline">
        ← {t("back")}
      </Link>
      {campaign ? <CampaignDetail initial={campaign} /> : <EmptyState title={t("detail.notFound")} hint={t("detail.notFoundHint")} />}
    </main>
  );
}
