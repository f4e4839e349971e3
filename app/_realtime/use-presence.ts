"use client";

import type { PresenceChannel } from "pusher-js";
import { useEffect, useState } from "react";
import { useRealtime } from "./realtime-provider";

export type PresenceMember = { id: string; name: string };

type MemberEvent = { id: string; info?: { name?: string } };

// Who else has this conversation open ("Ana está vendo esta conversa"), from a presence channel.
export function usePresence(channelName: string | null): PresenceMember[] {
  const { client, acquire, release } = useRealtime();
  const [members, setMembers] = useState<PresenceMember[]>([]);

  useEffect(() => {
    if (!channelName || !client) return;
    const channel = acquire(channelName) as PresenceChannel | null;
    if (!channel) return;
    const read = () => {
      const all: PresenceMember[] = [];
      channel.members.each((member: MemberEvent) => all.push({ id: member.id, name: member.info?.name ?? "" }));
      const me = channel.members.me as MemberEvent | null;
      setMembers(all.filter((member) => member.id !== me?.id));
    };
    channel.bind("pusher:subscription_succeeded", read);
    channel.bind("pusher:member_added", read);
    channel.bind("pusher:member_removed", read);
    if (channel.subscribed) read();
    return () => {
      channel.unbind("pusher:subscription_succeeded", read);
      channel.unbind("pusher:member_added", read);
      channel.unbind("pusher:member_removed", read);
      release(channelName);
      setMembers([]);
    };
  }, [channelName, client, acquire, release]);

  return members;
}
