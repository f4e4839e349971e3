import { describe, expect, it } from "vitest";
import { failureText, healthProblemText } from "@/app/_i18n/stored-texts";
import { seedChannel, seedTemplate } from "@/prisma/seed/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { healthProblemView } from "@/server/services/channels/health-problem";
import { failureView } from "@/server/i18n/failure-view";
import { testDb } from "@/test/db";
import { migrationDataReplay } from "@/test/prisma/replay-migration";
import { translator } from "@/test/translator";

// The data part of the migration that turned stored sentences into codes, replayed on rows written
// the old way: each converted row must read back, in pt-BR, as the sentence it held.
const pt = translator("pt-BR");
const db = () => testDb();
const replayData = migrationDataReplay("stored_texts_as_codes");
const replay = () => replayData(db());

describe("stored texts become codes", () => {
  it("converts message failures and keeps a text it cannot read as legacy", async () => {
    const channel = await seedChannel(db());
    const lead = await seedLead(db());
    const conversation = await seedConversation(db(), { leadId: lead.id, channelId: channel.id });
    const old = [
      { errorCode: null, errorTitle: "Canal desativado", errorDetail: "Este canal está desativado, então nenhuma mensagem sai por ele. Peça ao gestor para reativá-lo em Configurações > Canais." },
      { errorCode: null, errorTitle: "A mensagem tem 5000 caracteres; o WhatsApp aceita até 4096.", errorDetail: "A mensagem tem 5000 caracteres; o WhatsApp aceita até 4096." },
      { errorCode: 131047, errorTitle: "Re-engagement message", errorDetail: "A janela de 24 horas está fechada: envie um template aprovado. O lead não escreve há mais de 24 horas, então o WhatsApp só aceita um template aprovado. Escolha um template para retomar a conversa; quando o lead responder, você volta a escrever livremente." },
      { errorCode: null, errorTitle: "O vídeo tem 20 MB; o limite do WhatsApp é 16 MB.", errorDetail: null },
    ];
    const rows = [];
    for (const failure of old) {
      rows.push(await db().message.create({ data: { conversationId: conversation.id, direction: "OUTBOUND", type: "TEXT", body: "oi", status: "FAILED", ...failure } }));
    }
    await db().leadEvent.create({ data: { leadId: lead.id, messageId: rows[0]!.id, type: "MESSAGE_FAILED", data: { code: null, title: "Canal desativado" } } });
    await replay();

    const after = await Promise.all(rows.map((r) => db().message.findUniqueOrThrow({ where: { id: r.id } })));
    expect(after.map((m) => [m.failureReason, m.errorTitle, m.errorDetail])).toEqual([
      ["channelDisabled", null, null],
      ["outbound.textTooLong", null, null],
      [null, "Re-engagement message", null],
      [null, "O vídeo tem 20 MB; o limite do WhatsApp é 16 MB.", null],
    ]);
    expect(after.map((m) => failureText(pt, failureView(m)).title)).toEqual([
      "Canal desativado",
      "A mensagem tem 5000 caracteres; o WhatsApp aceita até 4096.",
      "A janela de 24 horas está fechada: envie um template aprovado",
      "O vídeo tem 20 MB; o limite do WhatsApp é 16 MB.",
    ]);
    const event = await db().leadEvent.findFirstOrThrow({ where: { messageId: rows[0]!.id } });
    expect(event.data).toEqual({ code: null, failureReason: "channelDisabled" });
  });

  it("converts channel health problems, with Meta's values", async () => {
    const texts = [
      "A qualidade do número está baixa (vermelha): a Meta pode limitar os envios. Reduza disparos ativos e revise os templates.",
      "O número está com status FLAGGED na Meta e pode não enviar mensagens. Verifique-o no Gerenciador do WhatsApp.",
      "A Meta restringiu a conta (RESTRICTED_ADD_PHONE_NUMBER_ACTION): alguns envios estão bloqueados.",
      "A Meta restringiu a conta: alguns envios estão bloqueados.",
      "A Meta apontou violação de política (SCAM): revise modelos e mensagens.",
      "O token de acesso do canal expirou ou é inválido",
      "Conta do WhatsApp restrita pela Meta. A Meta bloqueou temporariamente esta conta por violar políticas. Avise o gestor: a situação precisa ser verificada no Gerenciador de Negócios da Meta.",
    ];
    const channels = [];
    for (const healthProblem of texts) channels.push(await seedChannel(db()).then((c) => db().channel.update({ where: { id: c.id }, data: { healthProblem } })));
    await replay();

    const after = await Promise.all(channels.map((c) => db().channel.findUniqueOrThrow({ where: { id: c.id } })));
    expect(after.map((c) => [c.healthProblemCode, c.healthProblem])).toEqual([
      ["qualityRed", null],
      ["numberStatus", null],
      ["accountRestricted", null],
      ["accountRestricted", null],
      ["accountViolation", null],
      ["metaError", null],
      ["metaError", null],
    ]);
    const read = after.map((c) => healthProblemText(pt, healthProblemView(c)!));
    expect(read.slice(0, 5)).toEqual(texts.slice(0, 5));
    expect(read[5]).toMatch(/^O token de acesso do canal expirou ou é inválido\. /);
    expect(read[6]).toBe(texts[6]);
  });

  it("turns the app's own template reasons into codes and unwraps Meta's words", async () => {
    const channel = await seedChannel(db());
    const unreadable = await seedTemplate(db(), { channelId: channel.id, status: "REJECTED" });
    const refused = await seedTemplate(db(), { channelId: channel.id, status: "REJECTED" });
    await db().messageTemplate.update({ where: { id: unreadable.id }, data: { rejectedReason: "O token de acesso do canal não pôde ser lido; informe-o de novo em Configurações > Canais." } });
    await db().messageTemplate.update({ where: { id: refused.id }, data: { rejectedReason: "A Meta recusou o envio do template: Name must be lowercase" } });
    await replay();
    expect((await db().messageTemplate.findUniqueOrThrow({ where: { id: unreadable.id } })).rejectedReason).toBe("TOKEN_UNREADABLE");
    expect((await db().messageTemplate.findUniqueOrThrow({ where: { id: refused.id } })).rejectedReason).toBe("Name must be lowercase");
  });
});
