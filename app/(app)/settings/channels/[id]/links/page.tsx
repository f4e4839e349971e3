import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny } from "../../../../_components/current-user";
import { Forbidden } from "../../../../_components/forbidden";
import { ChannelHeader, loadChannelHeader } from "../channel-header";
import { ChannelLinksForm } from "./channel-links-form";

export default async function ChannelLinksPage({ params }: { params: Promise<{ id: string }> }) {
  if (!hasAny(await currentUser(), [Permission.CHANNELS_MANAGE])) return <Forbidden />;
  const { id } = await params;
  const channel = await loadChannelHeader(id);
  return (
    <>
      <ChannelHeader channel={channel} active="links" />
      <ChannelLinksForm channelId={id} />
    </>
  );
}
