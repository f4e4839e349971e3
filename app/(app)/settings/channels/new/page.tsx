import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/ui/card";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../../_components/current-user";
import { NewChannelWizard } from "./new-channel-wizard";

export default async function NewChannelPage() {
  requireAny(await currentUser(), [Permission.CHANNELS_MANAGE]);
  const t = await getTranslations("channels");
  return (
    <>
      <Link href="/settings/channels" className="text-sm text-brand hover:underline">
        ← {t("backToList")}
      </Link>
      <PageHeader title={t("wizard.title")} description={t("wizard.description")} />
      <NewChannelWizard />
    </>
  );
}
