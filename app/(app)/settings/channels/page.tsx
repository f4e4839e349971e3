import { getTranslations } from "next-intl/server";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../_components/current-user";
import { ListPageHeader } from "../_components/list-page-header";
import { ChannelsList } from "./channels-list";

export default async function ChannelsPage() {
  requireAny(await currentUser(), [Permission.CHANNELS_MANAGE]);
  const t = await getTranslations("channels");
  return (
    <>
      <ListPageHeader title={t("title")} description={t("description")} newHref="/settings/channels/new" newLabel={t("new")} />
      <ChannelsList />
    </>
  );
}
