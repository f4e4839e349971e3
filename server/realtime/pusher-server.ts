import "server-only";
import Pusher from "pusher";
import { env } from "@/server/env";

let client: Pusher | undefined;

export function pusherServer(): Pusher {
  if (client) return client;
  const config = env();
  client = new Pusher({
    appId: config.PUSHER_APP_ID,
    key: config.PUSHER_KEY,
    secret: config.PUSHER_SECRET,
    cluster: config.PUSHER_CLUSTER,
    useTLS: config.PUSHER_USE_TLS,
    ...(config.PUSHER_HOST ? { host: config.PUSHER_HOST, port: String(config.PUSHER_PORT ?? (config.PUSHER_USE_TLS ? 443 : 80)) } : {}),
  });
  return client;
}
