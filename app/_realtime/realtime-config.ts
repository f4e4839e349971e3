import "server-only";
import { env } from "@/server/env";

// The browser's connection settings, read from the server's env at request time (not baked into
// the build), so one build runs against Soketi locally and Pusher Channels or a Soketi cluster in
// production. The key is public by design; the secret never leaves the server.
export type RealtimeConfig = { key: string; cluster: string; host: string | null; port: number | null; useTLS: boolean };

export function publicRealtimeConfig(): RealtimeConfig {
  const config = env();
  return { key: config.PUSHER_KEY, cluster: config.PUSHER_CLUSTER, host: config.PUSHER_HOST ?? null, port: config.PUSHER_PORT ?? null, useTLS: config.PUSHER_USE_TLS };
}
