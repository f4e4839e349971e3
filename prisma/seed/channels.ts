import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client";
import { ChannelMode, TemplateStatus } from "../../generated/prisma/enums";
import { encryptSecret } from "../../server/crypto/secret-box";
import { decodeKey } from "../../server/env";
import { uniqueSuffix } from "./unique";

// The WhatsApp sandbox accepts exactly this token unless configured otherwise.
export const SANDBOX_ACCESS_TOKEN = "sandbox-access-token";

function encryptionKey(): Buffer {
  const key = decodeKey(process.env.CREDENTIALS_ENCRYPTION_KEY ?? "");
  if (!key) throw new Error("CREDENTIALS_ENCRYPTION_KEY is required to seed channels");
  return key;
}

const randomDigits = (n: number) => Array.from(randomBytes(n), (b) => String(b % 10)).join("");

export type SeedChannelInput = {
  name?: string;
  mode?: ChannelMode;
  phoneNumberId?: string;
  wabaId?: string;
  displayPhoneNumber?: string;
  accessToken?: string;
  throughputMps?: number;
  windowHours?: number;
  developmentIds?: string[];
  tagIds?: string[];
  mediaAssetIds?: string[];
  leadQueueId?: string;
};

export async function seedChannel(db: PrismaClient, input: SeedChannelInput = {}) {
  const mode = input.mode ?? ChannelMode.ACTIVE;
  const key = encryptionKey();
  return db.channel.create({
    data: {
      name: input.name ?? `Canal ${uniqueSuffix()}`,
      mode,
      canStartConversations: mode === ChannelMode.ACTIVE,
      phoneNumberId: input.phoneNumberId ?? `1${randomDigits(14)}`,
      wabaId: input.wabaId ?? `2${randomDigits(14)}`,
      displayPhoneNumber: input.displayPhoneNumber ?? `+55 11 4${randomDigits(3)}-${randomDigits(4)}`,
      accessTokenEnc: encryptSecret(input.accessToken ?? SANDBOX_ACCESS_TOKEN, key),
      verifyToken: randomBytes(16).toString("hex"),
      throughputMps: input.throughputMps ?? 80,
      windowHours: input.windowHours ?? 24,
      leadQueueId: input.leadQueueId,
      developments: input.developmentIds ? { connect: input.developmentIds.map((id) => ({ id })) } : undefined,
      tags: input.tagIds ? { connect: input.tagIds.map((id) => ({ id })) } : undefined,
      mediaAssets: input.mediaAssetIds ? { connect: input.mediaAssetIds.map((id) => ({ id })) } : undefined,
    },
  });
}

export const TEMPLATE_VARIABLES = {
  CLIENT_NAME: "CLIENT_NAME",
  BROKER_NAME: "BROKER_NAME",
  DEVELOPMENT_NAME: "DEVELOPMENT_NAME",
} as const;

export async function seedTemplate(
  db: PrismaClient,
  input: { channelId: string; name?: string; body?: string; status?: TemplateStatus; variables?: { index: number; variable: string; example: string }[] },
) {
  const status = input.status ?? TemplateStatus.APPROVED;
  return db.messageTemplate.create({
    data: {
      channelId: input.channelId,
      name: input.name ?? `boas_vindas_${uniqueSuffix()}`,
      body: input.body ?? "Olá {{1}}, aqui é {{2}}. Vi seu interesse no {{3}} e separei as novidades para você. Podemos conversar?",
      variables: input.variables ?? [
        { index: 1, variable: TEMPLATE_VARIABLES.CLIENT_NAME, example: "Maria" },
        { index: 2, variable: TEMPLATE_VARIABLES.BROKER_NAME, example: "Ana" },
        { index: 3, variable: TEMPLATE_VARIABLES.DEVELOPMENT_NAME, example: "Residencial Jardins" },
      ],
      status,
      metaTemplateId: status === TemplateStatus.DRAFT ? null : randomDigits(15),
      submittedAt: status === TemplateStatus.DRAFT ? null : new Date(),
      decidedAt: status === TemplateStatus.APPROVED || status === TemplateStatus.REJECTED ? new Date() : null,
    },
  });
}
