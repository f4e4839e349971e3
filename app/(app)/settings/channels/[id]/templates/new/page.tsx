import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../../../../_components/current-user";
import { ChannelHeader, loadChannelHeader } from "../../channel-header";
import { TemplateEditor } from "../template-editor";

export default async function NewTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  requireAny(await currentUser(), [Permission.TEMPLATES_MANAGE, Permission.CHANNELS_MANAGE]);
  const { id } = await params;
  const channel = await loadChannelHeader(id);
  return (
    <>
      <ChannelHeader channel={channel} active="templates" />
      <TemplateEditor channelId={id} channelName={channel.name} canHoldTemplates={channel.canHoldTemplates} />
    </>
  );
}
