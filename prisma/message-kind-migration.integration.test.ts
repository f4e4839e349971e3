import { describe, expect, it } from "vitest";
import { lastMessageLineText } from "@/app/_i18n/last-message-line";
import { failureText } from "@/app/_i18n/stored-texts";
import { seedChannel } from "@/prisma/seed/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { failureView } from "@/server/i18n/failure-view";
import { testDb } from "@/test/db";
import { migrationDataReplay } from "@/test/prisma/replay-migration";
import { translator } from "@/test/translator";

// The data part of the migration that stopped storing message kinds in pt-BR, replayed on rows
// written the old way.
const db = () => testDb();
const replayData = migrationDataReplay("message_kind_at_render");
const replay = () => replayData(db());

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
