// A pusher-js client subscribed as the assigned broker, authorised by the app's own /api/pusher/auth,
// timing each inbound message from its POST to the push that reaches the broker's inbox.
import Pusher from "pusher-js";
import { signIn } from "./broker-session";

export type RealtimeProbe = { sent(conversationId: string, at: number): void; latencies: number[]; missed(): number; close(): void };

export async function openRealtimeProbe(input: { appUrl: string; email: string; password: string; brokerId: string; pusher: { key: string; host: string; port: number } }): Promise<RealtimeProbe> {
  const cookie = await signIn(input.appUrl, input.email, input.password);
  const client = new Pusher(input.pusher.key, {
    cluster: "mt1",
    wsHost: input.pusher.host,
    wsPort: input.pusher.port,
    forceTLS: false,
    enabledTransports: ["ws"],
    channelAuthorization: {
      transport: "ajax",
      endpoint: `${input.appUrl}/api/pusher/auth`,
      customHandler: ({ socketId, channelName }, callback) => {
        fetch(`${input.appUrl}/api/pusher/auth`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: input.appUrl },
          body: new URLSearchParams({ socket_id: socketId, channel_name: channelName }),
        })
          .then(async (response) => (response.ok ? callback(null, await response.json()) : callback(new Error(`auth ${response.status}`), null)))
          .catch((error: Error) => callback(error, null));
      },
    },
  });
  // Per conversation, the POST times still waiting for their push (a lead may write twice in a row).
  const waiting = new Map<string, number[]>();
  const latencies: number[] = [];
  const channel = client.subscribe(`private-inbox-${input.brokerId}`);
  await new Promise<void>((resolve, reject) => {
    channel.bind("pusher:subscription_succeeded", () => resolve());
    channel.bind("pusher:subscription_error", (error: unknown) => reject(new Error(`subscription refused: ${JSON.stringify(error)}`)));
  });
  channel.bind("message.created", (data: { conversationId: string }) => {
    const at = waiting.get(data.conversationId)?.shift();
    if (at !== undefined) latencies.push(performance.now() - at);
  });
  return {
    sent: (conversationId, at) => waiting.set(conversationId, [...(waiting.get(conversationId) ?? []), at]),
    latencies,
    missed: () => [...waiting.values()].reduce((sum, list) => sum + list.length, 0),
    close: () => client.disconnect(),
  };
}
