import type { PrismaClient } from "../../generated/prisma/client";
import { MediaKind } from "../../generated/prisma/enums";
import { putMedia } from "../../server/media/local-store";
import type { Typology } from "../../server/services/developments/development-schemas";
import { simplePdf, solidPng } from "./sample-files";
import { uniqueSuffix } from "./unique";

export async function seedTag(db: PrismaClient, name = `tag-${uniqueSuffix()}`) {
  return db.tag.upsert({ where: { name }, update: {}, create: { name } });
}

export type MediaSpec = { kind: MediaKind; title: string };

const DEFAULT_MEDIA: MediaSpec[] = [
  { kind: MediaKind.PHOTO, title: "Fachada" },
  { kind: MediaKind.FLOOR_PLAN, title: "Planta 2 dormitórios" },
  { kind: MediaKind.PRICE_TABLE, title: "Tabela de preços" },
  { kind: MediaKind.CAMPAIGN, title: "Campanha de lançamento" },
];

async function createMedia(db: PrismaClient, developmentId: string, spec: MediaSpec, position: number) {
  const isPdf = spec.kind === MediaKind.PRICE_TABLE || spec.kind === MediaKind.DOCUMENT;
  const bytes = isPdf ? simplePdf(spec.title) : solidPng(64, 48, [15 + position * 40, 118, 110]);
  // "Tabela de preços" → "tabela-de-preços.pdf": the name the lead sees keeps its accents.
  const fileName = `${spec.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")}.${isPdf ? "pdf" : "png"}`;
  const storageKey = `developments/${developmentId}/${uniqueSuffix()}`;
  await putMedia(storageKey, bytes);
  return db.mediaAsset.create({
    data: { developmentId, kind: spec.kind, title: spec.title, fileName, mimeType: isPdf ? "application/pdf" : "image/png", sizeBytes: bytes.length, storageKey, position },
  });
}

// The facts a broker quotes (server/services/developments/development-schemas.ts); all optional.
export type DevelopmentFactsSpec = {
  neighborhood?: string;
  description?: string;
  typologies?: Typology[];
  deliveryMonth?: string;
  amenities?: string[];
  paymentConditions?: string;
};

export async function seedDevelopment(db: PrismaClient, input: { name?: string; address?: string; city?: string; media?: MediaSpec[] } & DevelopmentFactsSpec = {}) {
  const { media: _media, ...fields } = input;
  const development = await db.development.create({
    data: {
      ...fields,
      name: input.name ?? `Residencial ${uniqueSuffix()}`,
      address: input.address ?? "Rua das Flores, 100",
      city: input.city ?? "São Paulo",
      state: "SP",
    },
  });
  const media = [];
  for (const [i, spec] of (input.media ?? DEFAULT_MEDIA).entries()) media.push(await createMedia(db, development.id, spec, i));
  return { ...development, media };
}
