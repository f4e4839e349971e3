import type { PrismaClient } from "../../generated/prisma/client";
import { LeadOrigin } from "../../generated/prisma/enums";
import { uniqueSuffix } from "./unique";

export const COMUNICADOR_QUEUE_TAG = "cvcrmcomunicador";

export async function seedQueue(
  db: PrismaClient,
  input: { name?: string; memberIds?: string[]; developmentIds?: string[]; origin?: LeadOrigin; tag?: string | null; comunicadorFlag?: boolean } = {},
) {
  return db.leadQueue.create({
    data: {
      name: input.name ?? `Fila ${uniqueSuffix()}`,
      tag: input.tag === undefined ? COMUNICADOR_QUEUE_TAG : input.tag,
      comunicadorFlag: input.comunicadorFlag ?? true,
      origin: input.origin ?? LeadOrigin.CHAT_ONLINE,
      members: input.memberIds ? { create: input.memberIds.map((userId, position) => ({ userId, position })) } : undefined,
      developments: input.developmentIds ? { connect: input.developmentIds.map((id) => ({ id })) } : undefined,
    },
  });
}

export async function seedStandardMessage(db: PrismaClient, input: { title?: string; body?: string; ownerId?: string | null } = {}) {
  return db.standardMessage.create({
    data: {
      title: input.title ?? `Mensagem ${uniqueSuffix()}`,
      body: input.body ?? "Olá {{nome_cliente}}, tudo bem? Aqui é {{nome_atendente}}.",
      ownerId: input.ownerId ?? null,
    },
  });
}
