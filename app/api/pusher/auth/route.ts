import { sessionActor } from "@/server/auth";
import { getDb } from "@/server/db";
import { readBodyWithin } from "@/server/http/read-body";
import { authorizeChannel } from "@/server/realtime/authorize-channel";
import { pusherServer } from "@/server/realtime/pusher-server";

const SOCKET_ID = /^\d+\.\d+$/;
// socket_id and a channel name: a few hundred bytes. Read no more than this from anyone signed in.
const MAX_AUTH_BODY_BYTES = 4096;

const refuse = (status: 400 | 401 | 403, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

// pusher-js posts socket_id and channel_name (form-encoded) before joining a private or presence
// channel; the same visibility rules as the tRPC procedures decide.
export async function POST(request: Request) {
  const actor = await sessionActor();
  if (!actor) return refuse(401, "Sessão expirada. Entre novamente.");

  const body = await readBodyWithin(request, MAX_AUTH_BODY_BYTES).catch(() => null);
  const form = body ? new URLSearchParams(new TextDecoder().decode(body)) : null;
  const socketId = form?.get("socket_id");
  const channelName = form?.get("channel_name");
  if (typeof socketId !== "string" || !SOCKET_ID.test(socketId) || typeof channelName !== "string") {
    return refuse(400, "Pedido de autorização inválido.");
  }

  const decision = await authorizeChannel(getDb(), actor, channelName);
  if (!decision.allowed) return refuse(403, "Você não tem acesso a este canal.");
  const signature = decision.presence
    ? pusherServer().authorizeChannel(socketId, channelName, decision.presence)
    : pusherServer().authorizeChannel(socketId, channelName);
  return Response.json(signature, { headers: { "Cache-Control": "no-store" } });
}
