import { getTranslations } from "next-intl/server";
import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../../_components/current-user";
import { ChannelGeneral } from "./channel-general";
import { ChannelHeader, loadChannelHeader } from "./channel-header";

export default async function ChannelPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  requireAny(await currentUser(), [Permission.CHANNELS_MANAGE]);
  const { id } = await params;
  const { created } = await searchParams;
  const channel = await loadChannelHeader(id);
  const t = await getTranslations("channels");
  return (
    <>
      <ChannelHeader channel={channel} active="general" />
      {created ? (
        <p role="status" className="mb-6 rounded-card border border-success bg-success-soft p-4 text-sm">
          {t("createdBanner")}
        </p>
      ) : null}
      <ChannelGeneral channelId={id} />
    </>
  );
}
