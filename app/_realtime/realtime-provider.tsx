"use client";

import Pusher, { type Channel } from "pusher-js";
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import type { RealtimeConfig } from "./realtime-config";
import { reconnectSooner } from "./reconnect-sooner";

export type ConnectionState = "initialized" | "connecting" | "connected" | "unavailable" | "failed" | "disconnected" | "offline";

type Snapshot = {
  client: Pusher | null;
  state: ConnectionState;
  /** True once the first connection was made: later drops are shown as "Reconectando…". */
  everConnected: boolean;
};

const INITIAL: Snapshot = { client: null, state: "connecting", everConnected: false };

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

// The socket and its state live outside React, behind a context value that never changes, and each
// component subscribes to them. A context change while a page loads (the socket appearing on mount,
// its state going to "connected") reaches the page's Suspense boundary before its streamed HTML is
// revealed; React then renders that boundary on the client while the streamed copy is still in the
// document, and the page shows its content twice until the reveal removes the copy.
class RealtimeConnection {
  private snapshot = INITIAL;
  private readonly listeners = new Set<() => void>();
  private readonly counts = new Map<string, number>();
  private readonly reconnectListeners = new Set<() => void>();

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getSnapshot = () => this.snapshot;

  private update(patch: Partial<Snapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  readonly acquire = (name: string): Channel | null => {
    const { client } = this.snapshot;
    if (!client) return null;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    return client.subscribe(name);
  };

  // Several components may listen to one channel; it is left only when the last one unmounts.
  readonly release = (name: string) => {
    const count = (this.counts.get(name) ?? 1) - 1;
    if (count > 0) return void this.counts.set(name, count);
    this.counts.delete(name);
    this.snapshot.client?.unsubscribe(name);
  };

  readonly onReconnect = (listener: () => void) => {
    this.reconnectListeners.add(listener);
    return () => void this.reconnectListeners.delete(listener);
  };

  /** Opens the socket (in the browser only); the returned function closes it. */
  connect(config: RealtimeConfig): () => void {
    const pusher = createClient(config);
    const sooner = reconnectSooner(pusher);
    let connectedBefore = false;
    pusher.connection.bind("state_change", ({ current }: { current: ConnectionState }) => {
      const state = navigator.onLine ? current : "offline";
      this.update({ state });
      sooner.stateChanged(state);
      if (current !== "connected") return;
      // Whatever was pushed while we were away is lost: listeners refetch through tRPC.
      if (connectedBefore) for (const listener of this.reconnectListeners) listener();
      connectedBefore = true;
      this.update({ everConnected: true });
    });
    // The browser knows about a lost network before the socket's heartbeat does.
    const offline = () => {
      this.update({ state: "offline" });
      pusher.disconnect();
    };
    const online = () => pusher.connect();
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);
    this.update({ client: pusher });
    return () => {
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
      pusher.disconnect();
      sooner.stop();
      this.counts.clear();
      this.update({ client: null });
    };
  }
}

const RealtimeContext = createContext<RealtimeConnection | null>(null);

const serverSnapshot = () => INITIAL;

export function useRealtime() {
  const connection = useContext(RealtimeContext);
  if (!connection) throw new Error("useRealtime must be used inside <RealtimeProvider>");
  const snapshot = useSyncExternalStore(connection.subscribe, connection.getSnapshot, serverSnapshot);
  return { ...snapshot, acquire: connection.acquire, release: connection.release, onReconnect: connection.onReconnect };
}

export function RealtimeProvider({ config, children }: { config: RealtimeConfig; children: ReactNode }) {
  const [connection] = useState(() => new RealtimeConnection());
  const { key, cluster, host, port, useTLS } = config;
  useEffect(() => connection.connect({ key, cluster, host, port, useTLS }), [connection, key, cluster, host, port, useTLS]);
  return <RealtimeContext.Provider value={connection}>{children}</RealtimeContext.Provider>;
}
