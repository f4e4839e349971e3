import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const valid = {
  NODE_ENV: "production",
  APP_URL: "https://comunicador.exemplo.com.br",
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

  it("names every missing variable with what to set, in one list", () => {
    const found = problems({ NODE_ENV: "production" });
    const names = ["APP_URL", "DATABASE_URL", "AUTH_SECRET", "CREDENTIALS_ENCRYPTION_KEY", "META_APP_SECRET"];
    names.push("PUSHER_APP_ID", "PUSHER_KEY", "PUSHER_SECRET", "INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY");
    for (const name of names) expect(found.filter((p) => p.startsWith(`${name}:`)), name).toHaveLength(1);
  });

  it("refuses INNGEST_DEV on a production server unless it is the local demo", () => {
    for (const dev of ["1", "true", "http://127.0.0.1:8288"]) {
      expect(problems({ ...valid, INNGEST_DEV: dev }).join()).toContain("INNGEST_DEV: só vale na demonstração local");
    }
    expect(problems({ ...valid, INNGEST_DEV: "1", COMUNICADOR_LOCAL_DEMO: "1" })).toEqual([]);
    // INNGEST_DEV=0 is the SDK's cloud mode: nothing unsigned, so nothing to refuse.
    expect(problems({ ...valid, INNGEST_DEV: "0" })).toEqual([]);
    expect(problems({ ...valid, NODE_ENV: "development", INNGEST_DEV: "1" })).toEqual([]);
  });

  it("lets the local demo run without Inngest keys or APP_URL, and only the demo", () => {
    const { APP_URL: _a, INNGEST_EVENT_KEY: _e, INNGEST_SIGNING_KEY: _s, ...demo } = valid;
    expect(problems({ ...demo, INNGEST_DEV: "1", COMUNICADOR_LOCAL_DEMO: "1" })).toEqual([]);
    expect(problems({ ...demo, INNGEST_DEV: "1", COMUNICADOR_LOCAL_DEMO: "0" }).map((p) => p.split(":")[0]).sort()).toEqual(
      ["APP_URL", "INNGEST_DEV", "INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY"],
    );
    expect(problems({ ...valid, COMUNICADOR_LOCAL_DEMO: "yes" }).join()).toContain("COMUNICADOR_LOCAL_DEMO deve ser 1");
  });

  it("refuses a short encryption key and production without Inngest keys", () => {
    expect(problems({ ...valid, CREDENTIALS_ENCRYPTION_KEY: "abc" }).join()).toContain("32 bytes");
    const { INNGEST_EVENT_KEY: _e, INNGEST_SIGNING_KEY: _s, ...withoutInngest } = valid;
    expect(problems(withoutInngest).join()).toContain("INNGEST_EVENT_KEY");
  });

  it("refuses the AI stand-in's flag on a production server unless it is the local demo", () => {
    for (const flag of ["1", "true"]) {
      expect(problems({ ...valid, COMUNICADOR_AI_STAND_IN: flag }).join()).toContain("COMUNICADOR_AI_STAND_IN: só vale na demonstração local");
    }
    expect(problems({ ...valid, COMUNICADOR_AI_STAND_IN: "1", COMUNICADOR_LOCAL_DEMO: "1" })).toEqual([]);
    expect(problems({ ...valid, COMUNICADOR_AI_STAND_IN: "1", NODE_ENV: "development" })).toEqual([]);
    expect(problems({ ...valid, COMUNICADOR_AI_STAND_IN: "0" })).toEqual([]);
    expect(problems({ ...valid, COMUNICADOR_AI_STAND_IN: "sim" }).join()).toContain("COMUNICADOR_AI_STAND_IN deve ser 1");
  });

  it("runs without an AI provider, and names what a half-configured one lacks", () => {
    const ai = { AI_BASE_URL: "https://api.openai.com/v1", AI_API_KEY: "sk-test", AI_MODEL: "gpt-4o-mini" };
    expect(problems({ ...valid, ...ai })).toEqual([]);
    expect(problems({ ...valid, ...ai, AI_TRANSCRIPTION_MODEL: "whisper-1" })).toEqual([]);
    expect(problems({ ...valid, AI_BASE_URL: "" })).toEqual([]);
    expect(problems({ ...valid, AI_BASE_URL: "https://api.openai.com/v1" })).toEqual([
      "AI_MODEL: defina AI_MODEL (o modelo de chat do provedor, ex.: gpt-4o-mini), ou remova AI_BASE_URL para desligar o assistente",
    ]);
    expect(problems({ ...valid, ...ai, AI_BASE_URL: "api.openai.com" }).join()).toContain("AI_BASE_URL deve ser uma URL");
  });

  it("stops start-up when MEDIA_STORE=s3 lacks its settings", () => {
    expect(problems({ ...valid, MEDIA_STORE: "s3" }).join()).toContain("S3_BUCKET");
  });
});
