import { describe, expect, it } from "vitest";
import { defaultPorts, demoEnvironment, describeMode, launchPlan, LaunchError, productionEnvironment, resolveMode } from "./launch-plan";

const available = { sandbox: true, executor: true, ai: true };
const DATABASE_URL = "postgresql://app@db.interno:5432/comunicador";

describe("resolveMode", () => {
  it("makes `npm start` with DATABASE_URL production, and without it the local demo", () => {
    expect(resolveMode("start", { DATABASE_URL })).toBe("production");
    expect(resolveMode("start", {})).toBe("local-demo");
  });

  it("takes the local demo on one's own database only when asked for", () => {
    expect(resolveMode("start", { DATABASE_URL, COMUNICADOR_LOCAL_DEMO: "1" })).toBe("local-demo");
    expect(resolveMode("dev", { DATABASE_URL })).toBe("local-demo");
    expect(resolveMode("e2e", { DATABASE_URL })).toBe("local-demo");
    expect(resolveMode("start", { COMUNICADOR_LOCAL_DEMO: "0" })).toBe("production");
    expect(() => resolveMode("start", { DATABASE_URL, COMUNICADOR_LOCAL_DEMO: "sim" })).toThrow(LaunchError);
  });
});

describe("production", () => {
  const env = { DATABASE_URL, PORT: "8080" };
  const plan = launchPlan("start", env, available);

  it("starts no stand-in and seeds nothing, whatever is left unset", () => {
    expect(plan).toMatchObject({ mode: "production", database: "given", seedDemoData: false, standIns: { soketi: false, sandbox: false, executor: false, ai: false } });
  });

  it("never starts, points at or flags the AI stand-in, with or without an AI provider", () => {
    for (const ai of [{}, { AI_BASE_URL: "https://api.openai.com/v1", AI_MODEL: "gpt-4o-mini", AI_API_KEY: "sk-operador" }]) {
      const withAi = { ...env, ...ai };
      expect(launchPlan("start", withAi, available).standIns.ai).toBe(false);
      const appEnv = productionEnvironment(withAi, defaultPorts("start", withAi));
      expect(appEnv).toEqual({ ...withAi, PORT: "8080" });
      expect(appEnv).not.toHaveProperty("COMUNICADOR_AI_STAND_IN");
      expect(JSON.stringify(appEnv)).not.toContain("comunicador-stand-in");
    }
    expect(launchPlan("start", { ...env, COMUNICADOR_LOCAL_DEMO: "0" }, available).standIns.ai).toBe(false);
  });

  it("passes the operator's environment through: no INNGEST_DEV, no sandbox Graph URL, no generated secret", () => {
    const appEnv = productionEnvironment(env, defaultPorts("start", env));
    expect(appEnv).toEqual({ DATABASE_URL, PORT: "8080" });
  });

  it("says so at start-up, with Meta's Graph URL unless told otherwise", () => {
    expect(describeMode(plan, env)).toMatch(/^modo: PRODUÇÃO .*Graph https:\/\/graph\.facebook\.com; Inngest Inngest Cloud, chamadas assinadas/);
    expect(describeMode(plan, { ...env, GRAPH_API_BASE_URL: "http://graph.interno", INNGEST_BASE_URL: "http://inngest.interno:8288" })).toContain(
      "Graph http://graph.interno; Inngest http://inngest.interno:8288",
    );
  });

  it("names the AI provider's host and model, never its key or the URL's credentials", () => {
    expect(describeMode(plan, env)).toMatch(/; IA desligada \(sem AI_BASE_URL\)$/);
    const ai = { AI_BASE_URL: "https://usuario:senha@api.openai.com/v1", AI_MODEL: "gpt-4o-mini", AI_API_KEY: "sk-segredo" };
    const line = describeMode(plan, { ...env, ...ai });
    expect(line).toMatch(/; IA api\.openai\.com \(gpt-4o-mini\)$/);
    expect(line).not.toMatch(/senha|sk-segredo/);
  });
});

describe("local demo", () => {
  const secrets = { AUTH_SECRET: "generated-auth", META_APP_SECRET: "generated-meta", PUSHER_APP_ID: "local", AI_STAND_IN_API_KEY: "sk-stand-in-gerada" };

  it("runs every stand-in, seeds demo data and marks the app as the demo", () => {
    const plan = launchPlan("start", {}, available);
    expect(plan).toMatchObject({ mode: "local-demo", database: "embedded", seedDemoData: true, standIns: { soketi: true, sandbox: true, executor: true, ai: true } });
    const appEnv = demoEnvironment(plan, {}, { databaseUrl: "postgresql://embedded/comunicador", ports: defaultPorts("start", {}), secrets });
    expect(appEnv).toMatchObject({
      COMUNICADOR_LOCAL_DEMO: "1",
      INNGEST_DEV: "1",
      INNGEST_BASE_URL: "http://127.0.0.1:8288",
      GRAPH_API_BASE_URL: "http://127.0.0.1:8290",
      META_APP_ID: "100000000000777",
      PUSHER_HOST: "127.0.0.1",
      PUSHER_PORT: "6001",
      APP_URL: "http://localhost:3000",
      AUTH_SECRET: "generated-auth",
      AI_BASE_URL: "http://127.0.0.1:8291/v1",
      AI_MODEL: "comunicador-stand-in",
      AI_TRANSCRIPTION_MODEL: "comunicador-stand-in",
      AI_API_KEY: "sk-stand-in-gerada",
      COMUNICADOR_AI_STAND_IN: "1",
    });
    expect(describeMode(plan, {})).toMatch(/^modo: DEMONSTRAÇÃO LOCAL \(PostgreSQL embutido, Soketi, sandbox do WhatsApp, executor Inngest local, stand-in de IA;/);
  });

  it("uses the developer's own AI provider instead of the stand-in when AI_BASE_URL is set", () => {
    const env = { AI_BASE_URL: "http://ollama.local:11434/v1", AI_MODEL: "llama3.1", AI_TRANSCRIPTION_MODEL: "whisper" };
    const plan = launchPlan("dev", env, available);
    expect(plan.standIns.ai).toBe(false);
    const appEnv = demoEnvironment(plan, env, { databaseUrl: DATABASE_URL, ports: defaultPorts("dev", env), secrets });
    expect(appEnv).toMatchObject(env);
    expect(appEnv).not.toHaveProperty("COMUNICADOR_AI_STAND_IN");
    expect(launchPlan("dev", {}, { ...available, ai: false }).standIns.ai).toBe(false);
  });

  it("lets explicit settings win over stand-ins and generated secrets", () => {
    const env = { DATABASE_URL, COMUNICADOR_LOCAL_DEMO: "1", META_APP_SECRET: "mine", GRAPH_API_BASE_URL: "http://graph.local" };
    const plan = launchPlan("start", env, available);
    expect(plan).toMatchObject({ database: "given", standIns: { soketi: true, sandbox: false, executor: true } });
    const appEnv = demoEnvironment(plan, env, { databaseUrl: DATABASE_URL, ports: defaultPorts("start", env), secrets });
    expect(appEnv).toMatchObject({ META_APP_SECRET: "mine", GRAPH_API_BASE_URL: "http://graph.local", DATABASE_URL });
  });

  it("gives the e2e run a fresh database on ports of its own", () => {
    expect(launchPlan("e2e", { PORT: "3200" }, available).database).toBe("fresh");
    expect(defaultPorts("e2e", { PORT: "3200" })).toEqual({ app: 3200, soketi: 6201, sandbox: 8490, inngest: 8488, ai: 8491 });
  });
});
