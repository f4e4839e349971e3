import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/app/_components/ui/button";
import { PageHeader } from "@/app/_components/ui/card";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../_components/current-user";
import { ChannelsList } from "./channels-list";

export default async function ChannelsPage() {
  requireAny(await currentUser(), [Permission.CHANNELS_MANAGE]);
  const t = await getTranslations("channels");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Button asChild>
            <Link href="/settings/channels/new">{t("new")}</Link>
          </Button>
        }
      />
      <ChannelsList />
    </>
  );
}
