import { describe, expect, it, vi } from "vitest";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { seedChannel } from "@/prisma/seed/channels";
import { seedUser } from "@/prisma/seed/users";
import { testDb } from "@/test/db";
import { streamingRequest } from "@/test/streaming-request";
import { POST } from "./route";

// The session next-auth would read from the cookie; the actor behind it comes from the database.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/auth", async () => {
  const { loadActor } = await import("@/server/auth/load-actor");
  const { getDb } = await import("@/server/db");
  return { sessionActor: async () => (session.userId ? loadActor(getDb(), session.userId) : null) };
});

const URL = "http://localhost:3000/api/pusher/auth";
const authRequest = (fields: Record<string, string>) =>
  new Request(URL, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields) });

describe("POST /api/pusher/auth", () => {
  it("signs the broker's own conversation channel and refuses another broker's", async () => {
    const [ana, bruno] = [await seedUser(testDb(), { profile: "broker" }), await seedUser(testDb(), { profile: "broker" })];
    const channel = await seedChannel(testDb());
    const lead = await seedLead(testDb());
    const conversation = await seedConversation(testDb(), { leadId: lead.id, channelId: channel.id, assigneeId: ana.id });
    session.userId = ana.id;
    const ok = await POST(authRequest({ socket_id: "123.456", channel_name: `private-conversation-${conversation.id}` }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ auth: expect.stringContaining(":") });
    session.userId = bruno.id;
    expect((await POST(authRequest({ socket_id: "123.456", channel_name: `private-conversation-${conversation.id}` }))).status).toBe(403);
  });

  it("answers 401 without a session and 400 to a malformed request", async () => {
    session.userId = null;
    expect((await POST(authRequest({ socket_id: "1.2", channel_name: "private-settings" }))).status).toBe(401);
    session.userId = (await seedUser(testDb(), { profile: "broker" })).id;
    expect((await POST(authRequest({ socket_id: "nope", channel_name: "private-settings" }))).status).toBe(400);
  });

  it("stops reading a body past a few kilobytes: a signed-in user cannot make it buffer megabytes", async () => {
    session.userId = (await seedUser(testDb(), { profile: "broker" })).id;
    const huge = streamingRequest(URL, { chunkBytes: 1024 * 1024, chunks: 100, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect((await POST(huge.request)).status).toBe(400);
    expect(huge.pulledBytes()).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(huge.cancelled()).toBe(true);
  });
});
