import { describe, expect, it, vi } from "vitest";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { solidPng } from "@/prisma/seed/sample-files";
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
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

const URL = "http://localhost:3000/api/media/upload";
const MB = 1024 * 1024;
const ownOrigin = () => new globalThis.URL(env().APP_URL).origin;

async function signIn(profile: "admin" | "manager" | "broker" | null) {
  session.userId = profile ? (await seedUser(testDb(), { profile })).id : null;
}

// A form that streams in 1 MB chunks with no Content-Length: 200 MB if the route read it all.
const hugeUpload = (origin: string | null = ownOrigin()) =>
  streamingRequest(URL, {
    chunkBytes: MB,
    chunks: 200,
    headers: { "content-type": "multipart/form-data; boundary=limite", ...(origin ? { origin } : {}) },
  });

describe("POST /api/media/upload", () => {
  it("refuses another site's origin, or none, with 403 before reading the body", async () => {
    await signIn("manager");
    for (const origin of ["https://evil.example", null]) {
      const upload = hugeUpload(origin);
      const response = await POST(upload.request);
      expect(response.status).toBe(403);
      expect((await response.json()).key).toBe("upload.crossOrigin");
      expect(upload.pulledBytes()).toBe(0);
    }
  });

  it("answers 401 without a session and 403 without the developments permission, before reading the body", async () => {
    for (const [profile, status] of [[null, 401], ["broker", 403]] as const) {
      await signIn(profile);
      const upload = hugeUpload();
      expect((await POST(upload.request)).status).toBe(status);
      expect(upload.pulledBytes()).toBe(0);
    }
  });

  it("answers 413 to a chunked body as soon as it passes the cap, without reading the rest", async () => {
    await signIn("manager");
    const upload = hugeUpload();
    const response = await POST(upload.request);
    expect(response.status).toBe(413);
    expect((await response.json()).key).toBe("upload.bodyTooLarge");
    expect(upload.pulledBytes()).toBeLessThanOrEqual(103 * MB);
    expect(upload.cancelled()).toBe(true);
  });

  it("stores a photo sent from the app's own pages", async () => {
    await signIn("manager");
    const development = await seedDevelopment(testDb());
    const form = new FormData();
    form.set("developmentId", development.id);
    form.set("kind", "PHOTO");
    form.set("file", new File([new Uint8Array(solidPng(8, 8, [10, 20, 30]))], "portaria.png", { type: "image/png" }));
    const response = await POST(new Request(URL, { method: "POST", body: form, headers: { origin: ownOrigin() } }));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ fileName: "portaria.png" });
    expect(await testDb().mediaAsset.count({ where: { developmentId: development.id, fileName: "portaria.png" } })).toBe(1);
  });
});
