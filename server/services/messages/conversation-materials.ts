import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// "Enviar materiais do empreendimento": the photos, floor plans, campaigns and price tables of the
// lead's developments, plus the media linked to the channel (and those the lead received from the
// channel's links when they arrived). The inbox's picker lists exactly these and sendMaterial sends only these.
export function conversationMaterialsWhere(conversation: { leadId: string; channelId: string }): Prisma.MediaAssetWhereInput {
  return {
    OR: [
      { development: { leads: { some: { id: conversation.leadId } } } },
      { channels: { some: { id: conversation.channelId } } },
      { leads: { some: { id: conversation.leadId } } },
    ],
  };
}
