"use client";

import Pusher, { type Channel } from "pusher-js";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { RealtimeConfig } from "./realtime-config";

export type ConnectionState = "initialized" | "connecting" | "connected" | "unavailable" | "failed" | "disconnected" | "offline";

type Realtime = {
  client: Pusher | null;
  state: ConnectionState;
  /** True once the first connection was made: later drops are shown as "Reconectando…". */
  everConnected: boolean;
  acquire: (channelName: string) => Channel | null;
  release: (channelName: string) => void;
  onReconnect: (listener: () => void) => () => void;
};

const RealtimeContext = createContext<Realtime | null>(null);

export function useRealtime(): Realtime {
  const realtime = useContext(RealtimeContext);
  if (!realtime) throw new Error("useRealtime must be used inside <RealtimeProvider>");
  return realtime;
}

function createClient(config: RealtimeConfig): Pusher {
  return new Pusher(config.key, {
    cluster: config.cluster,
    forceTLS: config.useTLS,
    ...(config.host ? { wsHost: config.host, wsPort: config.port ?? 80, wssPort: config.port ?? 443 } : {}),
    enabledTransports: ["ws", "wss"],
    disableStats: true,
    channelAuthorization: { endpoint: "/api/pusher/auth", transport: "ajax" },
  });
}

export function RealtimeProvider({ config, children }: { config: RealtimeConfig; children: ReactNode }) {
  const [client, setClient] = useState<Pusher | null>(null);
  const [state, setState] = useState<ConnectionState>("connecting");
  const [everConnected, setEverConnected] = useState(false);
  const counts = useRef(new Map<string, number>());
  const reconnectListeners = useRef(new Set<() => void>());
  const { key, cluster, host, port, useTLS } = config;

  useEffect(() => {
    const pusher = createClient({ key, cluster, host, port, useTLS });
    const channelCounts = counts.current;
    let connectedBefore = false;
    pusher.connection.bind("state_change", ({ current }: { current: ConnectionState }) => {
      setState(navigator.onLine ? current : "offline");
      if (current !== "connected") return;
      // Whatever was pushed while we were away is lost: listeners refetch through tRPC.
      if (connectedBefore) for (const listener of reconnectListeners.current) listener();
      connectedBefore = true;
      setEverConnected(true);
    });
    // The browser knows about a lost network before the socket's heartbeat does.
    const offline = () => {
      setState("offline");
      pusher.disconnect();
    };
    const online = () => pusher.connect();
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);
    // The socket is an outside system created on mount (never during SSR); listeners attach once it exists.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setClient(pusher);
    return () => {
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
      pusher.disconnect();
      channelCounts.clear();
    };
  }, [key, cluster, host, port, useTLS]);

  const acquire = useCallback(
    (name: string) => {
      if (!client) return null;
      counts.current.set(name, (counts.current.get(name) ?? 0) + 1);
      return client.subscribe(name);
    },
    [client],
  );

  // Several components may listen to one channel; it is left only when the last one unmounts.
  const release = useCallback(
    (name: string) => {
      const count = (counts.current.get(name) ?? 1) - 1;
      if (count > 0) return void counts.current.set(name, count);
      counts.current.delete(name);
      client?.unsubscribe(name);
    },
    [client],
  );

  const onReconnect = useCallback((listener: () => void) => {
    reconnectListeners.current.add(listener);
    return () => void reconnectListeners.current.delete(listener);
  }, []);

  const value = useMemo(() => ({ client, state, everConnected, acquire, release, onReconnect }), [client, state, everConnected, acquire, release, onReconnect]);
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}
