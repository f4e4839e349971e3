import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/ui/card";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../../_components/current-user";
import { TemplateChannels } from "./template-channels";

// "Templates" in the settings menu: the channels that may hold templates, each opening its tab.
export default async function TemplateChannelsPage() {
  requireAny(await currentUser(), [Permission.TEMPLATES_MANAGE, Permission.CHANNELS_MANAGE]);
  const t = await getTranslations("templates");
  return (
    <>
      <PageHeader title={t("channelsTitle")} description={t("channelsDescription")} />
      <TemplateChannels />
    </>
  );
}
