// Inbox list at scale (DESIGN.md §7: p95 < 50 ms at 100k conversations / 5M messages), through the
// real listConversations service and Prisma. Data is generated in SQL so seeding stays quick.
import { seedChannel } from "../prisma/seed/channels";
import { seedUser } from "../prisma/seed/users";
import { loadActor } from "../server/auth/load-actor";
import type { Actor } from "../server/auth/permissions";
import type { Db } from "../server/db";
import { listConversations, type ListConversationsInput } from "../server/services/inbox/list-conversations";
import { ms, summarize } from "./stats";
import type { BenchTable } from "./table";

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 100_000);
const MESSAGES_PER_CONVERSATION = Number(process.env.BENCH_MESSAGES_PER_CONVERSATION ?? 50);
// What leads and brokers write, so common words match a realistic share of messages, not all or none.
const PHRASES = [
  "Olá, gostaria de saber o valor do apartamento de 2 quartos",
  "Qual o endereço do decorado? Posso visitar no sábado?",
  "Vocês aceitam financiamento pela Caixa com FGTS?",
  "Bom dia! Segue a planta do apartamento que conversamos",
  "A entrega está prevista para dezembro, com lazer completo",
  "Obrigado pelo retorno, vou conversar com minha esposa",
  "Tem vaga de garagem coberta? E a taxa de condomínio?",
  "Perfeito, agendei a visita para amanhã às 10h",
];
const BROKERS = 20;

async function seedScale(db: Db) {
  const brokers = [];
  for (let i = 0; i < BROKERS; i++) brokers.push(await seedUser(db, { profile: "broker" }));
  const manager = await seedUser(db, { profile: "manager" });
  const channel = await seedChannel(db, {});
  const brokerIds = `ARRAY[${brokers.map((b) => `'${b.id}'`).join(",")}]`;
  await db.$executeRawUnsafe(`
    INSERT INTO "Lead" (id, name, "phoneE164", "phoneKey", origin, "updatedAt")
    SELECT 'bench-lead-' || g, 'Lead ' || g, '+55119' || lpad(g::text, 8, '0'), '5511' || lpad(g::text, 8, '0'), 'WHATSAPP', now()
    FROM generate_series(1, ${CONVERSATIONS}) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Conversation" (id, "leadId", "channelId", "assigneeId", status, "initiatedBy", "windowExpiresAt", "lastMessageAt",
      "lastMessagePreview", "lastMessageDirection", "lastMessageStatus", "unreadCount", "updatedAt")
    SELECT 'bench-conv-' || g, 'bench-lead-' || g, '${channel.id}', (${brokerIds})[1 + g % ${BROKERS}],
      (CASE WHEN g % 5 = 0 THEN 'EXPIRED' ELSE 'OPEN' END)::"ConversationStatus", 'LEAD',
      now() + ((g % 48) - 24) * interval '1 hour', now() - g * interval '1 minute',
      'Mensagem ' || g, 'INBOUND', 'RECEIVED', g % 3, now()
    FROM generate_series(1, ${CONVERSATIONS}) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Message" (id, "conversationId", direction, type, body, status, "createdAt", "updatedAt")
    SELECT 'bench-msg-' || g || '-' || k, 'bench-conv-' || g, 'INBOUND', 'TEXT', (ARRAY[${PHRASES.map((p) => `'${p}'`).join(",")}])[1 + (g + k) % ${PHRASES.length}] || ' (conversa ' || g || ', mensagem ' || k || ')', 'RECEIVED',
      now() - (g * 60 + k) * interval '1 second', now()
    FROM generate_series(1, ${CONVERSATIONS}) g, generate_series(1, ${MESSAGES_PER_CONVERSATION}) k`);
  await db.$executeRawUnsafe(`ANALYZE`);
  const actor = async (id: string): Promise<Actor> => {
    const loaded = await loadActor(db, id);
    if (!loaded) throw new Error("actor not loaded");
    return loaded;
  };
  return { broker: await actor(brokers[0]?.id ?? ""), manager: await actor(manager.id) };
}

async function time(db: Db, actor: Actor, input: ListConversationsInput, runs: number) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await listConversations(db, actor, input);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export async function benchInboxList(db: Db, table: BenchTable) {
  const seedStart = performance.now();
  const { broker, manager } = await seedScale(db);
  console.log(`\n## Inbox list (${CONVERSATIONS.toLocaleString("en")} conversations, ${(CONVERSATIONS * MESSAGES_PER_CONVERSATION).toLocaleString("en")} messages; seeded in ${((performance.now() - seedStart) / 1000).toFixed(0)} s)`);
  const deepCursor = { lastMessageAt: new Date(Date.now() - 20_000 * 60_000), id: "bench-conv-20000" };
  const cases: [string, Actor, ListConversationsInput, number][] = [
    ["manager, all, first page", manager, { scope: "all" }, 200],
    ["broker, mine, first page", broker, { scope: "mine" }, 200],
    ["manager, all, deep page (cursor)", manager, { scope: "all", cursor: deepCursor }, 200],
    ["manager, open only", manager, { scope: "all", state: "open" }, 100],
    ["manager, closing within 2 h", manager, { scope: "all", closingSoon: true }, 100],
    ["manager, search lead name", manager, { scope: "all", search: "Lead 4242" }, 20],
    ["manager, search message text", manager, { scope: "all", search: "decorado conversa 4242" }, 20],
    // Common Portuguese words match hundreds of thousands of messages: the case a naive plan loses.
    ["manager, search a common word", manager, { scope: "all", search: "apartamento" }, 20],
    ["manager, search two common words", manager, { scope: "all", search: "visita sábado" }, 20],
    // A word no message has, as typed (a prefix): the planner guesses 2 % of all messages match it.
    ["manager, search a word no message has", manager, { scope: "all", search: "xilofone" }, 20],
    ["broker, mine, search a common word", broker, { scope: "mine", search: "apartamento" }, 20],
  ];
  for (const [label, actor, input, runs] of cases) {
    const result = await time(db, actor, input, runs);
    table.row(`inbox list: ${label}`, `p95 ${ms(result.p95)}`, `p50 ${ms(result.p50)}`, `${runs} runs; target p95 < 50 ms`);
  }
}
