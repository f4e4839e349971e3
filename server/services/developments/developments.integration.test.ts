import { describe, expect, it } from "vitest";
import { seedDevelopment } from "@/prisma/seed/catalog";
import { seedChannel } from "@/prisma/seed/channels";
import { simplePdf, solidPng } from "@/prisma/seed/sample-files";
import { uniqueSuffix } from "@/prisma/seed/unique";
import { seedUser } from "@/prisma/seed/users";
import { loadActor } from "@/server/auth/load-actor";
import { getMedia } from "@/server/media/local-store";
import { callerFor } from "@/test/caller";
import { testDb } from "@/test/db";
import { contentDisposition, readMediaAsset } from "./media-download";
import { uploadFromForm } from "./upload-from-form";

async function actorFor(profile: "admin" | "manager" | "broker") {
  const user = await seedUser(testDb(), { profile });
  const actor = await loadActor(testDb(), user.id);
  if (!actor) throw new Error("actor not loaded");
  return { user, actor, api: callerFor(user) };
}

function form(fields: { developmentId: string; kind: string; file: File; title?: string }) {
  const data = new FormData();
  data.set("developmentId", fields.developmentId);
  data.set("kind", fields.kind);
  if (fields.title) data.set("title", fields.title);
  data.set("file", fields.file);
  return data;
}

const png = (name = "fachada.png") => new File([new Uint8Array(solidPng(8, 8, [10, 20, 30]))], name, { type: "image/png" });

describe("developments", () => {
  it("creates, edits and lists a development, refusing a duplicate name", async () => {
    const { api, user } = await actorFor("manager");
    const name = `Residencial ${uniqueSuffix()}`;
    const { id } = await api.developments.create({ name, address: "Rua A, 10", city: "Campinas", state: "SP", description: "" });
    expect(await testDb().development.findUniqueOrThrow({ where: { id } })).toMatchObject({ name, city: "Campinas", state: "SP", description: null });
    await api.developments.update({ developmentId: id, name, address: "Rua B, 20", city: "Campinas", state: "SP", description: "Perto do parque" });
    expect((await api.developments.get({ developmentId: id })).address).toBe("Rua B, 20");
    expect((await api.developments.list()).map((d) => d.name)).toContain(name);
    await expect(api.developments.create({ name, address: null, city: null, state: null, description: null })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await testDb().auditLog.count({ where: { entityId: id, actorId: user.id } })).toBe(2);
  });

  it("keeps the facts a broker quotes, leaves them unchanged when an update omits them, and refuses invalid ones", async () => {
    const { api } = await actorFor("manager");
    const name = `Residencial ${uniqueSuffix()}`;
    const { id } = await api.developments.create({ name, address: "Rua A, 10", city: "Campinas", state: "SP", description: null });
    expect(await api.developments.get({ developmentId: id })).toMatchObject({ typologies: [], amenities: [], deliveryMonth: null, paymentConditions: null });
    const typology = { label: "2 quartos", bedrooms: 2, suites: 1, areaM2: 62.5, priceFromCents: 489_000_00, parkingSpots: 1 };
    const facts = { neighborhood: "Cambuí", typologies: [typology], deliveryMonth: "2027-12", amenities: ["Piscina", "Academia"], paymentConditions: "Entrada de 10% e FGTS" };
    await api.developments.update({ developmentId: id, name, address: "Rua A, 10", city: "Campinas", state: "SP", description: null, ...facts });
    expect(await api.developments.get({ developmentId: id })).toMatchObject(facts);
    await api.developments.update({ developmentId: id, name, address: "Rua A, 12", city: "Campinas", state: "SP", description: null });
    expect(await api.developments.get({ developmentId: id })).toMatchObject({ address: "Rua A, 12", ...facts });

    const base = { developmentId: id, name, address: null, city: null, state: null, description: null };
    await expect(api.developments.update({ ...base, deliveryMonth: "12/2027" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.developments.update({ ...base, typologies: [{ ...typology, suites: 3 }] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.developments.update({ ...base, amenities: ["Piscina", "piscina"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("deleting one takes its media and unlinks channels", async () => {
    const { api } = await actorFor("admin");
    const development = await seedDevelopment(testDb());
    const channel = await seedChannel(testDb(), { developmentIds: [development.id] });
    expect((await api.developments.get({ developmentId: development.id })).impact).toMatchObject({ channels: 1, media: 4 });
    await api.developments.remove({ developmentId: development.id });
    expect(await testDb().mediaAsset.count({ where: { developmentId: development.id } })).toBe(0);
    expect(await testDb().channel.findUniqueOrThrow({ where: { id: channel.id }, include: { developments: true } })).toMatchObject({ developments: [] });
  });
});

describe("media library", () => {
  it("uploads a photo to the end of the list and serves it back", async () => {
    const { actor } = await actorFor("manager");
    const development = await seedDevelopment(testDb());
    const media = await uploadFromForm(testDb(), actor, form({ developmentId: development.id, kind: "PHOTO", file: png("área_de_lazer.png") }));
    expect(media).toMatchObject({ kind: "PHOTO", title: "área de lazer", fileName: "área_de_lazer.png", mimeType: "image/png", position: 4 });
    const row = await testDb().mediaAsset.findUniqueOrThrow({ where: { id: media.id } });
    expect(row.storageKey).not.toContain("área");
    expect((await getMedia(row.storageKey)).equals(solidPng(8, 8, [10, 20, 30]))).toBe(true);

    const broker = await actorFor("broker");
    const served = await readMediaAsset(testDb(), broker.actor, media.id);
    expect(served.mimeType).toBe("image/png");
    expect(contentDisposition(served.fileName, served.mimeType, false)).toBe(`inline; filename="_rea_de_lazer.png"; filename*=UTF-8''%C3%A1rea_de_lazer.png`);
    expect(contentDisposition("tabela.xlsx", "application/vnd.ms-excel", false)).toMatch(/^attachment;/);
  });

  it("refuses files WhatsApp would refuse, and files whose content lies about their type", async () => {
    const { actor } = await actorFor("manager");
    const development = await seedDevelopment(testDb(), { media: [] });
    const bigImage = new File([new Uint8Array(5 * 1024 * 1024 + 1)], "grande.jpg", { type: "image/jpeg" });
    await expect(uploadFromForm(testDb(), actor, form({ developmentId: development.id, kind: "PHOTO", file: bigImage }))).rejects.toMatchObject({
      key: "developments.mediaTooLarge",
      params: { maxMb: 5 },
    });
    const video = new File([new Uint8Array(10)], "tour.mp4", { type: "video/mp4" });
    await expect(uploadFromForm(testDb(), actor, form({ developmentId: development.id, kind: "PHOTO", file: video }))).rejects.toMatchObject({ key: "developments.mediaTypeNotAccepted" });
    const fakePng = new File(["<html><script>alert(1)</script></html>"], "fachada.png", { type: "image/png" });
    await expect(uploadFromForm(testDb(), actor, form({ developmentId: development.id, kind: "PHOTO", file: fakePng }))).rejects.toMatchObject({ key: "developments.mediaContentMismatch" });
    const pdf = new File([new Uint8Array(simplePdf("Tabela"))], "tabela.pdf", { type: "application/pdf" });
    await expect(uploadFromForm(testDb(), actor, form({ developmentId: development.id, kind: "PRICE_TABLE", file: pdf, title: "Tabela junho" }))).resolves.toMatchObject({ title: "Tabela junho" });
    expect(await testDb().mediaAsset.count({ where: { developmentId: development.id } })).toBe(1);
  });

  it("upload and download follow the permissions", async () => {
    const broker = await actorFor("broker");
    const development = await seedDevelopment(testDb());
    await expect(uploadFromForm(testDb(), broker.actor, form({ developmentId: development.id, kind: "PHOTO", file: png() }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const profile = await testDb().accessProfile.create({ data: { name: `Só canais ${uniqueSuffix()}`, permissions: ["CHANNELS_MANAGE"] } });
    const outsiderUser = await seedUser(testDb(), { accessProfileId: profile.id });
    const outsider = await loadActor(testDb(), outsiderUser.id);
    if (!outsider) throw new Error("not loaded");
    await expect(readMediaAsset(testDb(), outsider, development.media[0]?.id ?? "")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("reorders with up/down, renames and removes", async () => {
    const { api } = await actorFor("manager");
    const development = await seedDevelopment(testDb());
    const [a, b, c, d] = development.media.map((m) => m.id);
    await api.developments.moveMedia({ mediaId: c ?? "", direction: "up" });
    await api.developments.moveMedia({ mediaId: a ?? "", direction: "up" });
    const order = async () => (await api.developments.get({ developmentId: development.id })).media.map((m) => m.id);
    expect(await order()).toEqual([a, c, b, d]);
    await api.developments.moveMedia({ mediaId: d ?? "", direction: "down" });
    await api.developments.moveMedia({ mediaId: a ?? "", direction: "down" });
    expect(await order()).toEqual([c, a, b, d]);

    await api.developments.renameMedia({ mediaId: b ?? "", title: "Planta 3 dormitórios" });
    await api.developments.removeMedia({ mediaId: d ?? "" });
    const media = (await api.developments.get({ developmentId: development.id })).media;
    expect(media.map((m) => m.title)).toEqual(["Tabela de preços", "Fachada", "Planta 3 dormitórios"]);
    expect(await testDb().auditLog.count({ where: { entityId: d, action: "media.removed" } })).toBe(1);
  });
});
