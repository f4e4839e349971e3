import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/ui/card";
import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny } from "../../../_components/current-user";
import { Forbidden } from "../../../_components/forbidden";
import { NewChannelWizard } from "./new-channel-wizard";

export default async function NewChannelPage() {
  if (!hasAny(await currentUser(), [Permission.CHANNELS_MANAGE])) return <Forbidden />;
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
