import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../../../_components/current-user";
import { ChannelHeader, loadChannelHeader } from "../channel-header";
import { ChannelLinksForm } from "./channel-links-form";

export default async function ChannelLinksPage({ params }: { params: Promise<{ id: string }> }) {
  requireAny(await currentUser(), [Permission.CHANNELS_MANAGE]);
  const { id } = await params;
  const channel = await loadChannelHeader(id);
  return (
    <>
      <ChannelHeader channel={channel} active="links" />
      <ChannelLinksForm channelId={id} />
    </>
  );
}
