import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../../../_components/current-user";
import { ChannelHeader, loadChannelHeader } from "../channel-header";
import { AssistantCallsCard } from "./assistant-calls-card";
import { AssistantSwitchesCard } from "./assistant-switches-card";
import { AssistantUsageCard } from "./assistant-usage-card";

export default async function ChannelAssistantPage({ params }: { params: Promise<{ id: string }> }) {
  requireAny(await currentUser(), [Permission.CHANNELS_MANAGE]);
  const { id } = await params;
  const channel = await loadChannelHeader(id);
  return (
    <>
      <ChannelHeader channel={channel} active="assistant" />
      <div className="flex flex-col gap-6">
        <AssistantSwitchesCard channelId={id} />
        <AssistantUsageCard channelId={id} />
        <AssistantCallsCard channelId={id} />
      </div>
    </>
  );
}
