"use client";

import { useEffect, useRef } from "react";
import type { RealtimeEvent } from "@/server/realtime/channels";
import { useRealtime } from "./realtime-provider";

export type RealtimeHandlers = { [E in RealtimeEvent as E["name"]]?: (data: E["data"]) => void } & {
  /** Called each time the subscription is (re)established: refetch what may have been missed. */
  subscribed?: () => void;
};

const EVENT_NAMES: RealtimeEvent["name"][] = ["message.created", "message.updated", "conversation.updated", "template.updated", "notification.created", "campaign.progress"];

// The channels this page is subscribed to, on <html data-realtime-channels>: lets a person (or an
// end-to-end test) see that live updates are flowing before relying on them.
function markSubscribed(channelName: string, subscribed: boolean) {
  const names = new Set((document.documentElement.dataset.realtimeChannels ?? "").split(" ").filter(Boolean));
  if (subscribed) names.add(channelName);
  else names.delete(channelName);
  document.documentElement.dataset.realtimeChannels = [...names].join(" ");
}

/** Listens to one private channel while mounted; `null` listens to nothing. */
export function useChannelEvents(channelName: string | null, handlers: RealtimeHandlers) {
  const { client, acquire, release } = useRealtime();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!channelName || !client) return;
    const channel = acquire(channelName);
    if (!channel) return;
    const bindings = EVENT_NAMES.map((name) => {
      const listener = (data: never) => (latest.current[name] as ((data: never) => void) | undefined)?.(data);
      channel.bind(name, listener);
      return [name, listener] as const;
    });
    const subscribed = () => {
      markSubscribed(channelName, true);
      latest.current.subscribed?.();
    };
    channel.bind("pusher:subscription_succeeded", subscribed);
    if (channel.subscribed) markSubscribed(channelName, true);
    return () => {
      for (const [name, listener] of bindings) channel.unbind(name, listener);
      channel.unbind("pusher:subscription_succeeded", subscribed);
      release(channelName);
      // Other listeners may still hold the shared subscription.
      if (!client.channel(channelName)?.subscribed) markSubscribed(channelName, false);
    };
  }, [channelName, client, acquire, release]);
}

/** Runs after the connection comes back (not on the first connection). */
export function useOnReconnect(listener: () => void) {
  const { onReconnect } = useRealtime();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => onReconnect(() => latest.current()), [onReconnect]);
}
