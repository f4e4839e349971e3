import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { readTypologies } from "./development-schemas";

export async function listDevelopments(db: Db) {
  const rows = await db.development.findMany({
    select: { id: true, name: true, address: true, city: true, state: true, updatedAt: true, _count: { select: { media: true, channels: true } } },
    orderBy: { name: "asc" },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, mediaCount: _count.media, channelCount: _count.channels }));
}

export const mediaSelect = {
  id: true,
  kind: true,
  title: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  position: true,
  createdAt: true,
  _count: { select: { channels: true } },
} as const;

export async function getDevelopment(db: Db, developmentId: string) {
  const row = await db.development.findUnique({
    where: { id: developmentId },
    select: {
      id: true,
      name: true,
      address: true,
      city: true,
      state: true,
      description: true,
      neighborhood: true,
      typologies: true,
      deliveryMonth: true,
      amenities: true,
      paymentConditions: true,
      updatedAt: true,
      media: { select: mediaSelect, orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }] },
      // What deleting it would touch, stated in the confirmation.
      _count: { select: { channels: true, leads: true, queues: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "developments.notFound");
  const { _count, media, typologies, ...development } = row;
  return {
    ...development,
    typologies: readTypologies(typologies),
    media: media.map(({ _count: mediaCount, ...m }) => ({ ...m, channelCount: mediaCount.channels })),
    impact: { channels: _count.channels, leads: _count.leads, queues: _count.queues, media: media.length },
  };
}
