import { describe, expect, it, vi } from "vitest";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { seedUser } from "@/prisma/seed/users";
import { env } from "@/server/env";
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

const URL = "http://localhost:3000/inbox/attachments";
const MB = 1024 * 1024;
const ownOrigin = () => new globalThis.URL(env().APP_URL).origin;

async function signIn(who: "broker" | "no-inbox" | null) {
  if (who === "no-inbox") {
    const profile = await testDb().accessProfile.create({ data: { name: `Sem inbox ${uniqueSuffix()}`, permissions: [] } });
    session.userId = (await seedUser(testDb(), { accessProfileId: profile.id })).id;
  } else {
    session.userId = who ? (await seedUser(testDb(), { profile: who })).id : null;
  }
}

// A form that streams in 1 MB chunks with no Content-Length: 200 MB if the route read it all.
const hugeAttachment = (origin: string | null = ownOrigin()) =>
  streamingRequest(URL, {
    chunkBytes: MB,
    chunks: 200,
    headers: { "content-type": "multipart/form-data; boundary=limite", ...(origin ? { origin } : {}) },
  });

describe("POST /inbox/attachments", () => {
  it("refuses another site's origin, or none, with 403 before reading the body", async () => {
    await signIn("broker");
    for (const origin of ["https://evil.example", null]) {
      const upload = hugeAttachment(origin);
      expect((await POST(upload.request)).status).toBe(403);
      expect(upload.pulledBytes()).toBe(0);
    }
  });

  it("answers 401 without a session and 403 without the inbox permission, before reading the body", async () => {
    for (const [who, status] of [[null, 401], ["no-inbox", 403]] as const) {
      await signIn(who);
      const upload = hugeAttachment();
      expect((await POST(upload.request)).status).toBe(status);
      expect(upload.pulledBytes()).toBe(0);
    }
  });

  it("answers 413 to a chunked body as soon as it passes the cap, without reading the rest", async () => {
    await signIn("broker");
    const upload = hugeAttachment();
    const response = await POST(upload.request);
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/limite de 100 MB/);
    expect(upload.pulledBytes()).toBeLessThanOrEqual(102 * MB);
    expect(upload.cancelled()).toBe(true);
  });

  it("hands a well-formed form from the app's own pages to the send service", async () => {
    await signIn("broker");
    const form = new FormData();
    form.set("conversationId", `inexistente-${uniqueSuffix()}`);
    form.set("clientRequestId", `req-${uniqueSuffix()}`);
    form.set("file", new File([new Uint8Array([37, 80, 68, 70])], "proposta.pdf", { type: "application/pdf" }));
    const response = await POST(new Request(URL, { method: "POST", body: form, headers: { origin: ownOrigin() } }));
    // Past every check and parsed: the service answers that the conversation does not exist.
    expect(response.status).toBe(404);
  });
});
