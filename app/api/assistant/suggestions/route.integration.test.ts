import { describe, expect, it, vi } from "vitest";
import { MessageDirection } from "@/generated/prisma/enums";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { seedChannel } from "@/prisma/seed/channels";
import { JARDINS } from "@/prisma/seed/demo-knowledge";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { seedUser } from "@/prisma/seed/users";
import { env } from "@/server/env";
import type { SuggestionWireEvent } from "@/server/services/assistant/suggestion-events";
import { testDb } from "@/test/db";
import { POST } from "./route";

// The route as the composer calls it: the session next-auth would read from the cookie (the actor
// behind it comes from the database), the locale cookie, and the real retrieval over a seeded
// development. The channel's assistant stays off, so no model is called: the answer is the retrieval.
const session = vi.hoisted(() => ({ userId: null as string | null, locale: undefined as string | undefined }));
vi.mock("@/server/auth", async () => {
  const { loadActor } = await import("@/server/auth/load-actor");
  const { getDb } = await import("@/server/db");
  return { sessionActor: async () => (session.userId ? loadActor(getDb(), session.userId) : null) };
});
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => (session.locale ? { value: session.locale } : undefined) }) }));

const URL = "http://localhost:3000/api/assistant/suggestions";
const ownOrigin = () => new globalThis.URL(env().APP_URL).origin;

const ask = (body: unknown, origin: string | null = ownOrigin()) =>
  POST(
    new Request(URL, {
      method: "POST",
      headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

async function scene() {
  const db = testDb();
  const development = await seedDevelopment(db, { ...JARDINS, name: `Residencial Jardins ${uniqueSuffix()}` });
  const channel = await seedChannel(db, { developmentIds: [development.id] });
  const ana = await seedUser(db, { profile: "broker" });
  const bruno = await seedUser(db, { profile: "broker" });
  const lead = await seedLead(db, { ownerId: ana.id, developmentIds: [development.id] });
  const conversation = await seedConversation(db, {
    leadId: lead.id,
    channelId: channel.id,
    assigneeId: ana.id,
    messages: [{ direction: MessageDirection.INBOUND, body: "qual o valor do 2 quartos?", minutesAgo: 5 }],
  });
  return { conversation, ana, bruno };
}

async function ndjson(response: Response): Promise<SuggestionWireEvent[]> {
  const text = await response.text();
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SuggestionWireEvent);
}

describe("POST /api/assistant/suggestions", () => {
  it("refuses another site's origin, or none, with 403 and the suggestions text", async () => {
    const { conversation, ana } = await scene();
    session.userId = ana.id;
    for (const origin of ["https://evil.example", null]) {
      const response = await ask({ conversationId: conversation.id }, origin);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ key: "assistant.crossOrigin", error: expect.stringContaining("Pedido de sugestões recusado") });
    }
  });

  it("answers 401 without a session", async () => {
    const { conversation } = await scene();
    session.userId = null;
    const response = await ask({ conversationId: conversation.id });
    expect(response.status).toBe(401);
    expect((await response.json()).key).toBe("common.unauthorized");
  });

  it("answers 400 to a body that is not JSON, lacks the conversation or is too large", async () => {
    session.userId = (await seedUser(testDb(), { profile: "broker" })).id;
    for (const body of ["{not json", {}, { conversationId: "" }, { conversationId: "x".repeat(2_000) }]) {
      const response = await ask(body);
      expect(response.status).toBe(400);
      expect((await response.json()).key).toBe("assistant.invalidRequest");
    }
  });

  it("answers 403 for another broker's conversation and 404 for one that does not exist", async () => {
    const { conversation, bruno } = await scene();
    session.userId = bruno.id;
    const forbidden = await ask({ conversationId: conversation.id });
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).key).toBe("inbox.conversationForbidden");
    const missing = await ask({ conversationId: "nao-existe" });
    expect(missing.status).toBe(404);
    expect((await missing.json()).key).toBe("inbox.conversationNotFound");
  });

  it("streams NDJSON starting with the retrieval: with the channel's assistant off, the retrieval alone", async () => {
    const { conversation, ana } = await scene();
    session.userId = ana.id;
    const response = await ask({ conversationId: conversation.id });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const events = await ndjson(response);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "context", mode: "retrieval", assistant: { state: "disabledForChannel" } });
    expect(events[0]!.type === "context" && events[0]!.facts.some((fact) => fact.text.includes("R$ 489.000"))).toBe(true);
  });

  it("allows a user ASSISTANT_SUGGESTIONS_PER_MINUTE requests at once, then answers 429 with Retry-After and the text the composer shows", async () => {
    const perMinute = env().ASSISTANT_SUGGESTIONS_PER_MINUTE;
    const { conversation, ana, bruno } = await scene();
    session.userId = ana.id;
    // Malformed requests count too (they are refused after the allowance is taken): cheap to send.
    for (let i = 0; i < perMinute - 1; i++) expect((await ask({})).status).toBe(400);
    expect((await ask({ conversationId: conversation.id })).status).toBe(200);

    const refused = await ask({ conversationId: conversation.id });
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get("retry-after"));
    // One request every 60/perMinute s comes back.
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(Math.ceil(60 / perMinute));
    expect(await refused.json()).toEqual({
      key: "assistant.tooManyRequests",
      error: `Muitos pedidos de sugestões seguidos. Aguarde ${seconds === 1 ? "1 segundo" : `${seconds} segundos`} e tente de novo.`,
    });
    session.locale = "en";
    try {
      expect((await (await ask({ conversationId: conversation.id })).json()).error).toMatch(/^Too many suggestion requests in a row\. Wait \d+ seconds? and try again\.$/);
    } finally {
      session.locale = undefined;
    }

    // The allowance is the user's: another broker is not held back.
    session.userId = bruno.id;
    expect((await ask({ conversationId: "nao-existe" })).status).toBe(404);
  });
});
