import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const valid = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://u@localhost/db",
  AUTH_SECRET: "x".repeat(32),
  CREDENTIALS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  META_APP_SECRET: "secret",
  PUSHER_APP_ID: "1",
  PUSHER_KEY: "k",
  PUSHER_SECRET: "s",
  INNGEST_EVENT_KEY: "e",
  INNGEST_SIGNING_KEY: "signkey-prod-x",
} as const;

function problems(source: Record<string, string>): string[] {
  try {
    parseEnv(source as NodeJS.ProcessEnv);
    return [];
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
}

describe("parseEnv", () => {
  it("accepts a complete production configuration", () => {
    expect(problems({ ...valid })).toEqual([]);
  });

  it("names every missing variable with what to set", () => {
    const found = problems({ NODE_ENV: "production" });
    for (const name of ["DATABASE_URL", "AUTH_SECRET", "CREDENTIALS_ENCRYPTION_KEY", "META_APP_SECRET", "PUSHER_KEY"]) {
      expect(found.some((p) => p.startsWith(name))).toBe(true);
    }
  });

  it("refuses a short encryption key and production without Inngest keys", () => {
    expect(problems({ ...valid, CREDENTIALS_ENCRYPTION_KEY: "abc" }).join()).toContain("32 bytes");
    const { INNGEST_EVENT_KEY: _e, INNGEST_SIGNING_KEY: _s, ...withoutInngest } = valid;
    expect(problems(withoutInngest).join()).toContain("INNGEST_EVENT_KEY");
  });

  it("stops start-up when MEDIA_STORE=s3 lacks its settings", () => {
    expect(problems({ ...valid, MEDIA_STORE: "s3" }).join()).toContain("S3_BUCKET");
  });
});
