import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lastMessageLineText } from "@/app/_i18n/last-message-line";
import { failureText } from "@/app/_i18n/stored-texts";
import { seedChannel } from "@/prisma/seed/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { failureView } from "@/server/i18n/failure-view";
import { testDb } from "@/test/db";
import { translator } from "@/test/translator";

// The data part of the migration that stopped storing message kinds in pt-BR, replayed on rows
// written the old way.
const migrations = path.join(import.meta.dirname, "migrations");
const sql = readFileSync(path.join(migrations, readdirSync(migrations).find((d) => d.endsWith("_message_kind_at_render"))!, "migration.sql"), "utf8");
const statements = sql
  .slice(sql.indexOf("-- Data:"))
  .split(/;\n/)
  .map((s) => s.replace(/^--.*$/gm, "").trim())
  .filter(Boolean);
const db = () => testDb();

// One session: the size parser is a pg_temp function.
const replay = () => db().$transaction(async (tx) => {
  for (const statement of statements) await tx.$executeRawUnsafe(statement);
});

describe("message kinds are translated at render", () => {
  it("drops the pt-BR labels inbound messages stored as bodies and keeps the lead's words", async () => {
    const channel = await seedChannel(db());
    const lead = await seedLead(db());
    const conversation = await seedConversation(db(), { leadId: lead.id, channelId: channel.id });
    const old = [
      ["AUDIO", "Mensagem de voz"],
      ["LOCATION", "Localização (-23.5, -46.6)"],
      ["LOCATION", "Av. Paulista"],
      ["CONTACTS", "Contato: Maria Souza"],
      ["ORDER", "Pedido (2 itens): quero estes"],
      ["IMAGE", "Imagem"],
    ] as const;
    const rows = [];
    for (const [i, [type, body]] of old.entries()) {
      rows.push(await db().message.create({ data: { conversationId: conversation.id, direction: "INBOUND", type, body, status: "RECEIVED", createdAt: new Date(Date.now() + i) } }));
    }
    await db().conversation.update({ where: { id: conversation.id }, data: { lastMessagePreview: "📷 Imagem" } });
    await replay();

    const after = await Promise.all(rows.map((r) => db().message.findUniqueOrThrow({ where: { id: r.id } })));
    expect(after.map((m) => m.body)).toEqual([null, null, "Av. Paulista", "Maria Souza", "quero estes", null]);
    const line = await db().conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(line).toMatchObject({ lastMessageType: "IMAGE", lastMessagePreview: null });
    expect(lastMessageLineText(translator("en"), line)).toBe("📷 Photo");
  });

  it("turns sizes written in pt-BR into numbers each locale writes its own way", async () => {
    const channel = await seedChannel(db());
    const lead = await seedLead(db());
    const conversation = await seedConversation(db(), { leadId: lead.id, channelId: channel.id });
    const failed = await db().message.create({
      data: { conversationId: conversation.id, direction: "OUTBOUND", type: "VIDEO", status: "FAILED", failureReason: "outbound.mediaSize", failureParams: { kind: "video", size: "20,5 MB", max: "16 MB" } },
    });
    await db().leadEvent.create({ data: { leadId: lead.id, messageId: failed.id, type: "MESSAGE_FAILED", data: { code: null, failureReason: "outbound.mediaSize", failureParams: { kind: "video", size: "20,5 MB", max: "16 MB" } } } });
    await replay();

    const message = await db().message.findUniqueOrThrow({ where: { id: failed.id } });
    expect(message.failureParams).toEqual({ kind: "video", sizeMb: 20.5, maxMb: 16 });
    expect(failureText(translator("en"), failureView(message)).title).toBe("The video is 20.5 MB; WhatsApp's limit is 16 MB.");
    const event = await db().leadEvent.findFirstOrThrow({ where: { messageId: failed.id } });
    expect(event.data).toMatchObject({ failureParams: { kind: "video", sizeMb: 20.5, maxMb: 16 } });
  });
});
