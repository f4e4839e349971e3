import { describe, expect, it } from "vitest";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { solidPng } from "@/prisma/seed/sample-files";
import { env } from "@/server/env";
import { testDb } from "@/test/db";
import { signIn } from "@/test/route-session";
import { streamingRequest } from "@/test/streaming-request";
import { POST } from "./route";

const URL = "http://localhost:3000/api/media/upload";
const MB = 1024 * 1024;
const ownOrigin = () => new globalThis.URL(env().APP_URL).origin;

// A form that streams in 1 MB chunks with no Content-Length: 200 MB if the route read it all.
const hugeUpload = (origin: string | null = ownOrigin()) =>
  streamingRequest(URL, {
    chunkBytes: MB,
    chunks: 200,
    headers: { "content-type": "multipart/form-data; boundary=limite", ...(origin ? { origin } : {}) },
  });

describe("POST /api/media/upload", () => {
  it("refuses another site's origin, or none, with 403 before reading the body", async () => {
    await signIn({ profile: "manager" });
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
      await signIn(profile && { profile });
      const upload = hugeUpload();
      expect((await POST(upload.request)).status).toBe(status);
      expect(upload.pulledBytes()).toBe(0);
    }
  });

  it("answers 413 to a chunked body as soon as it passes the cap, without reading the rest", async () => {
    await signIn({ profile: "manager" });
    const upload = hugeUpload();
    const response = await POST(upload.request);
    expect(response.status).toBe(413);
    expect((await response.json()).key).toBe("upload.bodyTooLarge");
    expect(upload.pulledBytes()).toBeLessThanOrEqual(103 * MB);
    expect(upload.cancelled()).toBe(true);
  });

  it("stores a photo sent from the app's own pages", async () => {
    await signIn({ profile: "manager" });
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
