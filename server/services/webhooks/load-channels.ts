import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReadChange } from "./read-changes";

type Tx = Prisma.TransactionClient;

const channelSelect = {
  id: true,
  name: true,
  phoneNumberId: true,
  wabaId: true,
  displayPhoneNumber: true,
  windowHours: true,
  healthProblem: true,
  healthProblemCode: true,
  healthProblemParams: true,
  lastWebhookAt: true,
} satisfies Prisma.ChannelSelect;

export type WebhookChannel = Prisma.ChannelGetPayload<{ select: typeof channelSelect }>;

export type ChannelIndex = { byPhoneNumberId: Map<string, WebhookChannel>; byWaba: Map<string, WebhookChannel[]> };

/** Every channel a webhook may touch, in one query: by phone number id, and by WABA id. */
export async function loadChannels(tx: Tx, changes: ReadChange[]): Promise<ChannelIndex> {
  const phoneNumberIds = [...new Set(changes.flatMap((c) => (c.kind === "messages" ? [c.value.phoneNumberId] : [])))];
  const wabaIds = [...new Set(changes.map((c) => c.wabaId))];
  const channels =
    changes.length === 0
      ? []
      : await tx.channel.findMany({
          where: { OR: [{ phoneNumberId: { in: phoneNumberIds } }, { wabaId: { in: wabaIds } }] },
          select: channelSelect,
        });
  const index: ChannelIndex = { byPhoneNumberId: new Map(), byWaba: new Map() };
  for (const channel of channels) {
    index.byPhoneNumberId.set(channel.phoneNumberId, channel);
    index.byWaba.set(channel.wabaId, [...(index.byWaba.get(channel.wabaId) ?? []), channel]);
  }
  return index;
}
