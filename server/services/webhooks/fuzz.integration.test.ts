import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MessageDirection, TemplateStatus } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import {
  accountUpdateWebhook,
  inboundMessagesWebhook,
  phoneNumberQualityWebhook,
  sampleStatuses,
  statusesWebhook,
  templateStatusWebhook,
  type FixtureBusiness,
} from "@/dev/whatsapp-sandbox/meta-webhook-bodies";
import { fakeWamid, sampleInboundMessages } from "@/dev/whatsapp-sandbox/meta-message-bodies";
import { seedTemplate } from "@/prisma/seed/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { postWebhook, randomWaId, seedWebhookChannel, withOwnDatabase } from "@/test/webhooks/webhook-kit";

vi.mock("@/server/realtime/publish", () => ({ publish: vi.fn(async () => undefined) }));

// Its own database: the test counts every stored event.
withOwnDatabase("comunicador_webhook_fuzz");

const SEED = 20261125;
const BODIES = 1000;

// mulberry32: the same bodies on every run, so a failure reproduces.
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: T[]): T => items[int(items.length)] as T;

const nested = (depth: number): unknown => (depth === 0 ? "fundo" : [nested(depth - 1)]);
// Random letters do not compress: too long for a btree index entry (about 2.7 kB).
const LONG_ID = `wamid.${Array.from({ length: 4000 }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[int(62)]).join("")}`;
const oddValues = (): unknown[] => [
  null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, "", " ", "\u0000", "a\u0000b", "\ud800", "\udc00x", "x".repeat(5000),
  "99999999999999999999", "-5", "NaN", LONG_ID, "5511987654321", [], {}, [null], { id: 1 }, nested(80), nested(20),
];

function randomJson(depth = 0): unknown {
  const kind = int(depth > 3 ? 4 : 6);
  if (kind === 0) return pick(oddValues());
  if (kind === 1) return random() * 1e6;
  if (kind === 2) return String.fromCharCode(...Array.from({ length: int(20) }, () => int(0x3000)));
  if (kind === 3) return random() < 0.5;
  if (kind === 4) return Array.from({ length: int(4) }, () => randomJson(depth + 1));
  return Object.fromEntries(Array.from({ length: int(4) }, () => [pick(["object", "entry", "id", "changes", "field", "value", "x"]), randomJson(depth + 1)]));
}

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [prefix];
  const children = Object.entries(value).flatMap(([key, child]) => paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
  return [prefix, ...children];
}

// Replaces, deletes or retypes one node, picked uniformly among all nodes of a valid payload.
function mutate(payload: unknown): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(payload));
  const path = pick(paths(copy));
  if (path.length === 0) return pick(oddValues());
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  const roll = random();
  if (roll < 0.25) delete parent[key];
  else if (roll < 0.35) parent[key] = pick(["text", "image", "reaction", "order", "system", "nova_coisa", 7]);
  else parent[key] = pick(oddValues());
  return copy;
}

function corrupt(raw: string): string {
  const chars = ['"', "{", "}", "[", "]", ",", ":", "\\", "0", "a", " ", "\u0000", "é", "\ud83d"];
  const at = int(raw.length);
  return raw.slice(0, at) + pick(chars) + raw.slice(at + int(3));
}

function bodyFrom(valid: (() => unknown)[]): string {
  const base = pick(valid)();
  const roll = random();
  if (roll < 0.2) return JSON.stringify(base).slice(0, int(JSON.stringify(base).length));
  if (roll < 0.35) return corrupt(JSON.stringify(base));
  if (roll < 0.45) return JSON.stringify(randomJson());
  let mutated = base;
  for (let i = 0, n = 1 + int(3); i < n; i++) mutated = mutate(mutated);
  return JSON.stringify(mutated);
}

async function validPayloads(business: FixtureBusiness, channelId: string) {
  const lead = await seedLead(getDb());
  const conversation = await seedConversation(getDb(), { leadId: lead.id, channelId, messages: [] });
  const wamid = fakeWamid();
  await getDb().message.create({ data: { conversationId: conversation.id, direction: MessageDirection.OUTBOUND, type: "TEXT", body: "oi", wamid, status: "SENT" } });
  const template = await seedTemplate(getDb(), { channelId, status: TemplateStatus.PENDING });
  const waId = randomWaId();
  // Fresh wamids each time: a mutated message must really be inserted, not deduped.
  const inbound = () => inboundMessagesWebhook({ business, contact: { name: "Fuzz", waId, userId: `BR.${waId}` }, messages: sampleInboundMessages(waId) });
  return [
    inbound,
    inbound,
    () => statusesWebhook({ business, statuses: sampleStatuses(wamid) }),
    () => templateStatusWebhook({ wabaId: business.wabaId, event: "REJECTED", templateId: template.metaTemplateId ?? "1", name: template.name, language: template.language }),
    () => phoneNumberQualityWebhook({ wabaId: business.wabaId, displayPhoneNumber: business.displayPhoneNumber, event: "FLAGGED", currentLimit: "TIER_1K" }),
    () => accountUpdateWebhook({ wabaId: business.wabaId, event: "ACCOUNT_RESTRICTION", restrictionType: "RESTRICTED_ADD_PHONE_NUMBER_ACTION" }),
  ];
}

describe("fuzzed bodies with valid signatures", () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(() => void process.on("unhandledRejection", onUnhandled));
  afterAll(() => void process.off("unhandledRejection", onUnhandled));

  it(`answers ${BODIES} malformed, truncated or mutated payloads with 4xx or 200, never 5xx`, { timeout: 240_000 }, async () => {
    const { channel, business } = await seedWebhookChannel(getDb());
    const valid = await validPayloads(business, channel.id);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const statuses: number[] = [];
    const failing: string[] = [];
    for (let sent = 0; sent < BODIES; sent += 20) {
      const bodies = Array.from({ length: Math.min(20, BODIES - sent) }, () => bodyFrom(valid));
      const answers = await Promise.all(bodies.map((body) => postWebhook(body)));
      answers.forEach((answer, i) => {
        statuses.push(answer.status);
        if (answer.status >= 500 && failing.length < 3) failing.push(bodies[i]?.slice(0, 300) ?? "");
      });
    }
    expect(failing).toEqual([]);
    expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([]);
    expect(statuses.every((status) => status === 200 || (status >= 400 && status < 500))).toBe(true);
    // Both outcomes must really occur, or the fuzzing exercised too little.
    const accepted = statuses.filter((status) => status === 200).length;
    expect(accepted).toBeGreaterThan(BODIES / 5);
    expect(statuses.filter((status) => status === 400).length).toBeGreaterThan(BODIES / 10);
    expect(unhandled).toEqual([]);

    // Every accepted body was stored and fully processed; refused ones left nothing.
    const events = await getDb().webhookEvent.findMany({ select: { processedAt: true } });
    expect(events).toHaveLength(accepted);
    expect(events.every((event) => event.processedAt !== null)).toBe(true);
    expect(await getDb().lead.count({ where: { phoneKey: null, bsuid: null } })).toBe(0);
    expect(await getDb().lead.count({ where: { phoneKey: "" } })).toBe(0);
  });
});
