import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny } from "../../../../../_components/current-user";
import { Forbidden } from "../../../../../_components/forbidden";
import { ChannelHeader, loadChannelHeader } from "../../channel-header";
import { TemplateEditor } from "../template-editor";

export default async function NewTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  if (!hasAny(await currentUser(), [Permission.TEMPLATES_MANAGE, Permission.CHANNELS_MANAGE])) return <Forbidden />;
  const { id } = await params;
  const channel = await loadChannelHeader(id);
  return (
    <>
      <ChannelHeader channel={channel} active="templates" />
      <TemplateEditor channelId={id} channelName={channel.name} canHoldTemplates={channel.canHoldTemplates} />
    </>
  );
}
