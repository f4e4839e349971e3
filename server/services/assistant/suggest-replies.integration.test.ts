import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startAiStandIn, type RunningStandIn } from "@/dev/ai-stand-in/stand-in";
import { MessageDirection } from "@/generated/prisma/enums";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { seedChannel, seedTemplate } from "@/prisma/seed/channels";
import { JARDINS } from "@/prisma/seed/demo-knowledge";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { seedUser } from "@/prisma/seed/users";
import type { AiProvider } from "@/server/ai/ai-provider";
import { createOpenAiCompatibleProvider } from "@/server/ai/openai-compatible-provider";
import { actorOf } from "@/test/inbox/inbox-world";
import { testDb } from "@/test/db";
import { createAssistantGateway } from "./assistant-gateway";
import { suggestReplies } from "./suggest-replies";
import type { SuggestionContext, SuggestionDone, SuggestionEvent } from "./suggestion-events";

// Suggestions end to end below the route: real retrieval over a seeded development, the real
// gateway (switch, masking, recorded calls) and the OpenAI-compatible provider talking HTTP to the
// local stand-in, which answers `TAREFA: sugestoes` from the facts it is sent.

let standIn: RunningStandIn;

beforeAll(async () => {
  standIn = await startAiStandIn({ port: 0, log: () => {}, firstTokenDelayMs: 5, wordDelayMs: 1 });
});
afterAll(() => standIn.close());
beforeEach(async () => {
  await fetch(`${standIn.url}/__control/reset`, { method: "POST" });
});

const control = (path: "fail" | "delays", body: Record<string, unknown>) =>
  fetch(`${standIn.url}/__control/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const standInProvider = (): AiProvider =>
  createOpenAiCompatibleProvider(
    { baseUrl: standIn.baseUrl, apiKey: undefined, model: "comunicador-stand-in", transcriptionModel: null, standIn: true, trustStandIn: true },
    { maxRetries: 0, firstTokenMs: 5_000 },
  );

type SceneOptions = { assistant?: boolean; minutesAgo?: number; question?: string };

async function scene({ assistant = true, minutesAgo = 5, question = "qual o valor do 2 quartos?" }: SceneOptions = {}) {
  const db = testDb();
  const development = await seedDevelopment(db, { ...JARDINS, name: `Residencial Jardins ${uniqueSuffix()}` });
  const channel = await seedChannel(db, { developmentIds: [development.id] });
  if (assistant) await db.channel.update({ where: { id: channel.id }, data: { assistantEnabled: true } });
  const ana = await seedUser(db, { profile: "broker", name: "Ana Sugestões" });
  const bruno = await seedUser(db, { profile: "broker", name: "Bruno Sugestões" });
  const lead = await seedLead(db, { name: "Maria Sugestões", ownerId: ana.id, developmentIds: [development.id] });
  const conversation = await seedConversation(db, {
    leadId: lead.id,
    channelId: channel.id,
    assigneeId: ana.id,
    messages: [
      { direction: MessageDirection.INBOUND, body: "Oi! Vi o anúncio do Jardins, me chama no 11 98765-4321", minutesAgo: minutesAgo + 3 },
      { direction: MessageDirection.OUTBOUND, body: "Olá, Maria! Como posso ajudar?", minutesAgo: minutesAgo + 2, senderId: ana.id },
      { direction: MessageDirection.INBOUND, body: question, minutesAgo },
    ],
  });
  return { db, development, channel, conversation, actors: { ana: await actorOf(db, ana), bruno: await actorOf(db, bruno) } };
}

async function collect(events: AsyncGenerator<SuggestionEvent>): Promise<SuggestionEvent[]> {
  const seen: SuggestionEvent[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}

const run = (world: Awaited<ReturnType<typeof scene>>, getAiProvider: () => AiProvider | null = standInProvider, signal?: AbortSignal) =>
  suggestReplies({ db: world.db, gateway: createAssistantGateway({ db: world.db, getAiProvider }) }, world.actors.ana, { conversationId: world.conversation.id, signal });

describe("suggestReplies", () => {
  it("streams the retrieval first, then 1–3 drafts citing the price fact, proposing the price table; the call is recorded masked", async () => {
    const world = await scene();
    const events = await collect(run(world));
    const [context, ...rest] = events as [SuggestionContext, ...SuggestionEvent[]];
    expect(context).toMatchObject({ type: "context", mode: "drafts", assistant: { state: "on", standIn: true } });
    const priceFact = context.facts.find((fact) => fact.kind === "typology" && fact.text.includes("2 quartos"));
    expect(priceFact?.text).toContain("R$ 489.000");
    expect(context.materials.map((material) => material.title)).toContain("Tabela de preços");

    expect(rest.filter((event) => event.type === "draft").length).toBeGreaterThan(1);
    const done = rest.at(-1) as SuggestionDone;
    expect(done.type).toBe("done");
    expect(done.drafts.length).toBeGreaterThanOrEqual(1);
    expect(done.drafts.length).toBeLessThanOrEqual(3);
    expect(done.drafts[0]!.refs).toContain(priceFact!.ref);
    expect(done.drafts[0]!.text).toContain("R$ 489.000");
    expect(done.drafts[0]!.text).not.toMatch(/\[F\d/);
    expect(done.drafts.flatMap((draft) => draft.unverified)).toEqual([]);

    const sent = standIn.context.requests.filter((request) => request.path === "/v1/chat/completions");
    expect(sent).toHaveLength(1);
    const body = JSON.stringify(sent[0]!.body);
    expect(body).toContain("TAREFA: sugestoes");
    expect(body).toContain(`[${priceFact!.ref}] ${priceFact!.text}`);
    expect(body).toContain("Lead: qual o valor do 2 quartos?");
    // The gateway masked the phone the lead wrote.
    expect(body).not.toContain("98765-4321");
    const call = await world.db.assistantCall.findFirstOrThrow({ where: { channelId: world.channel.id } });
    expect(call).toMatchObject({ feature: "SUGGESTION", outcome: "OK", actorId: world.actors.ana.id });
  });

  it("with the channel's assistant off, or no provider configured, returns the retrieval alone and calls no model", async () => {
    const off = await scene({ assistant: false });
    const offEvents = await collect(run(off));
    expect(offEvents).toHaveLength(1);
    expect(offEvents[0]).toMatchObject({ type: "context", mode: "retrieval", assistant: { state: "disabledForChannel" } });
    expect((offEvents[0] as SuggestionContext).facts.some((fact) => fact.text.includes("R$ 489.000"))).toBe(true);

    const none = await scene();
    const noneEvents = await collect(run(none, () => null));
    expect(noneEvents).toEqual([expect.objectContaining({ type: "context", mode: "retrieval", assistant: { state: "notConfigured", standIn: false } })]);
    expect(standIn.context.requests).toHaveLength(0);
  });

  it("outside the window proposes an approved template the lead can be sent, never free text", async () => {
    const world = await scene({ minutesAgo: 25 * 60 });
    await seedTemplate(world.db, { channelId: world.channel.id, name: `aaa_sem_assunto_${uniqueSuffix()}`, body: "Olá {{1}}, tudo bem?", variables: [{ index: 1, variable: "CLIENT_NAME", example: "Maria" }] });
    const prices = await seedTemplate(world.db, {
      channelId: world.channel.id,
      name: `tabela_valores_${uniqueSuffix()}`,
      body: "Olá {{1}}! Saiu a nova tabela de valores do {{2}}. Posso te enviar?",
      variables: [
        { index: 1, variable: "CLIENT_NAME", example: "Maria" },
        { index: 2, variable: "DEVELOPMENT_NAME", example: "Residencial Jardins" },
      ],
    });
    const events = await collect(run(world));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "context", mode: "template", templateBlockedBy: null, template: { id: prices.id }, materials: [] });
    expect((events[0] as SuggestionContext).template?.preview).toContain("Olá Maria Sugestões!");
    expect(standIn.context.requests).toHaveLength(0);
  });

  it("only for a conversation the broker may see", async () => {
    const world = await scene();
    const asBruno = suggestReplies({ db: world.db, gateway: createAssistantGateway({ db: world.db, getAiProvider: standInProvider }) }, world.actors.bruno, { conversationId: world.conversation.id });
    await expect(asBruno.next()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const missing = suggestReplies({ db: world.db, gateway: createAssistantGateway({ db: world.db }) }, world.actors.ana, { conversationId: "nao-existe" });
    await expect(missing.next()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a provider failure after the retrieval is an error event with the broker's catalogue key", async () => {
    const world = await scene();
    await control("fail", { mode: "overQuota" });
    const events = await collect(run(world));
    expect(events.map((event) => event.type)).toEqual(["context", "error"]);
    expect(events[1]).toMatchObject({ key: "assistant.overQuota" });
  });

  it("stops the model call when the broker goes away, without an error event", async () => {
    const world = await scene();
    await control("delays", { firstTokenDelayMs: 5, wordDelayMs: 200 });
    const abort = new AbortController();
    const seen: SuggestionEvent[] = [];
    for await (const event of run(world, standInProvider, abort.signal)) {
      seen.push(event);
      if (event.type === "draft") abort.abort();
    }
    expect(seen.map((event) => event.type)).toEqual(["context", "draft"]);
    await expect.poll(() => world.db.assistantCall.findFirst({ where: { channelId: world.channel.id } })).toMatchObject({ outcome: "ERROR", errorReason: "aborted" });
  });
});
