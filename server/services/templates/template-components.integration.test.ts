import { describe, expect, it } from "vitest";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { seedChannel } from "@/prisma/seed/channels";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { seedUser } from "@/prisma/seed/users";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";
import { translateError } from "@/server/i18n/translate-error";

const base = (channelId: string) => ({
  channelId,
  name: `lancamento_${uniqueSuffix()}`,
  language: "pt_BR" as const,
  category: "MARKETING" as const,
  editorBody: "Olá {{nome_cliente}}! O {{nome_empreendimento}} foi lançado. Quer conhecer?",
  examples: { CLIENT_NAME: "Joana", DEVELOPMENT_NAME: "Edifício Marina" },
});

async function photoOf() {
  const development = await seedDevelopment(testDb(), { media: [{ kind: "PHOTO", title: "Fachada" }, { kind: "PRICE_TABLE", title: "Tabela" }] });
  const [photo, pdf] = development.media;
  if (!photo || !pdf) throw new Error("media not seeded");
  return { development, photo, pdf };
}

describe("templates with header, footer and buttons", () => {
  it("an admin stores an image header from a development photo, a footer and quick replies (one opt-out), and reads them back", async () => {
    const admin = callerFor(await seedUser(testDb(), { profile: "admin" }));
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    const { photo } = await photoOf();
    const { id } = await admin.templates.create({
      ...base(channel.id),
      header: { format: "IMAGE", mediaAssetId: photo.id },
      footer: "Imobiliária Sol",
      buttons: [
        { type: "QUICK_REPLY", text: "Quero agendar uma visita", optOut: false },
        { type: "QUICK_REPLY", text: "Parar promoções", optOut: true },
      ],
    });
    const row = await testDb().messageTemplate.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ headerFormat: "IMAGE", headerMediaAssetId: photo.id, headerText: null, footer: "Imobiliária Sol" });
    expect(row.buttons).toEqual([
      { type: "QUICK_REPLY", text: "Quero agendar uma visita", optOut: false },
      { type: "QUICK_REPLY", text: "Parar promoções", optOut: true },
    ]);
    const back = await admin.templates.get({ templateId: id });
    expect(back.components).toEqual({
      header: { format: "IMAGE", mediaAssetId: photo.id },
      footer: "Imobiliária Sol",
      buttons: [
        { type: "QUICK_REPLY", text: "Quero agendar uma visita", optOut: false },
        { type: "QUICK_REPLY", text: "Parar promoções", optOut: true },
      ],
    });
  });

  it("a manager stores a text header with a variable and a URL button with a variable suffix, numbered apart from the body", async () => {
    const manager = callerFor(await seedUser(testDb(), { profile: "manager" }));
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    const { id } = await manager.templates.create({
      ...base(channel.id),
      header: { format: "TEXT", text: "Lançamento {{nome_empreendimento}}" },
      buttons: [
        { type: "URL", text: "Ver o decorado", url: "https://imob.com.br/e/{{nome_empreendimento}}" },
        { type: "PHONE_NUMBER", text: "Ligar", phoneNumber: "+55 (11) 98765-4321" },
      ],
    });
    const row = await testDb().messageTemplate.findUniqueOrThrow({ where: { id } });
    expect(row.body).toBe("Olá {{1}}! O {{2}} foi lançado. Quer conhecer?");
    expect(row).toMatchObject({ headerFormat: "TEXT", headerText: "Lançamento {{1}}", headerVariables: [{ index: 1, variable: "DEVELOPMENT_NAME", example: "Edifício Marina" }] });
    expect(row.buttons).toEqual([
      { type: "URL", text: "Ver o decorado", url: "https://imob.com.br/e/{{1}}", variable: { index: 1, variable: "DEVELOPMENT_NAME", example: "Edifício Marina" } },
      { type: "PHONE_NUMBER", text: "Ligar", phoneNumber: "+5511987654321" },
    ]);
  });

  it("refuses Meta's limits with the translated reason, checking the header file's format and size", async () => {
    const admin = callerFor(await seedUser(testDb(), { profile: "admin" }));
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    const { photo, pdf } = await photoOf();
    const refused = (extra: Record<string, unknown>) => admin.templates.create({ ...base(channel.id), ...extra });
    await expect(refused({ header: { format: "IMAGE", mediaAssetId: pdf.id } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "templates.headerMediaFormat" });
    await expect(refused({ header: { format: "DOCUMENT", mediaAssetId: "nao-existe" } })).rejects.toMatchObject({ message: "templates.headerMediaRequired" });
    await testDb().mediaAsset.update({ where: { id: photo.id }, data: { sizeBytes: 5 * 1024 * 1024 + 1 } });
    await expect(refused({ header: { format: "IMAGE", mediaAssetId: photo.id } })).rejects.toMatchObject({ message: "templates.headerMediaTooLarge" });
    await expect(refused({ footer: "x".repeat(61) })).rejects.toMatchObject({ message: "templates.footerTooLong" });
    await expect(refused({ header: { format: "TEXT", text: "h".repeat(61) } })).rejects.toMatchObject({ message: "templates.headerTextTooLong" });
    await expect(refused({ buttons: [{ type: "QUICK_REPLY", text: "b".repeat(26) }] })).rejects.toMatchObject({ message: "templates.buttonTextTooLong" });
    const four = ["A", "B", "C", "D"].map((text) => ({ type: "QUICK_REPLY", text }));
    await expect(refused({ buttons: four })).rejects.toMatchObject({ message: "templates.tooManyQuickReplies" });
  });

  it("says the reason in pt-BR through the API's error formatter", async () => {
    const admin = callerFor(await seedUser(testDb(), { profile: "admin" }));
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    const error = await admin.templates.create({ ...base(channel.id), buttons: [{ type: "QUICK_REPLY", text: "b".repeat(26), optOut: false }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ cause: { key: "templates.buttonTextTooLong", params: { position: 1, length: 26, max: 25 } } });
    const { key, params } = (error as { cause: { key: string; params: Record<string, number> } }).cause;
    expect(translateError("pt-BR", key, params)).toBe("O texto do botão 1 tem 26 caracteres; o limite da Meta é 25.");
  });

  it("keeps a body-only template working (no components) and a broker may not create templates", async () => {
    const channel = await seedChannel(testDb(), { mode: "ACTIVE" });
    const broker = callerFor(await seedUser(testDb(), { profile: "broker" }));
    await expect(broker.templates.create({ ...base(channel.id), footer: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = callerFor(await seedUser(testDb(), { profile: "admin" }));
    const { id } = await admin.templates.create(base(channel.id));
    expect(await testDb().messageTemplate.findUniqueOrThrow({ where: { id } })).toMatchObject({ headerFormat: "NONE", footer: null, buttons: [] });
  });
});

describe("the header's media library (templates.headerMedia)", () => {
  it("lists the developments' photos, videos and PDFs to template editors; upload only with the developments permission; never to a broker", async () => {
    const { development, photo, pdf } = await photoOf();
    const admin = await callerFor(await seedUser(testDb(), { profile: "admin" })).templates.headerMedia();
    const listed = admin.developments.find((d) => d.id === development.id);
    expect(listed?.media.map((m) => m.id).sort()).toEqual([photo.id, pdf.id].sort());
    expect(admin.canUpload).toBe(true);
    expect(admin.uploadTargets.map((d) => d.id)).toContain(development.id);

    const profile = await testDb().accessProfile.create({ data: { name: `Só templates ${uniqueSuffix()}`, permissions: ["TEMPLATES_MANAGE"] } });
    const editor = await callerFor(await seedUser(testDb(), { accessProfileId: profile.id })).templates.headerMedia();
    expect(editor.developments.some((d) => d.id === development.id)).toBe(true);
    expect(editor).toMatchObject({ canUpload: false, uploadTargets: [] });

    await expect(callerFor(await seedUser(testDb(), { profile: "broker" })).templates.headerMedia()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
