import "server-only";
import { assertVisible } from "@/server/auth/conversation-visibility";
import type { Actor } from "@/server/auth/permissions";
import type { Db } from "@/server/db";
import { readTypologies } from "@/server/services/developments/development-schemas";
import { conversationMaterialsWhere } from "@/server/services/messages/conversation-materials";
import type { AssistantKnowledge, ConversationLine, DevelopmentKnowledge } from "./retrieval-types";

const RECENT_MESSAGES = 20;

const developmentSelect = {
  id: true,
  name: true,
  address: true,
  neighborhood: true,
  city: true,
  state: true,
  description: true,
  typologies: true,
  deliveryMonth: true,
  amenities: true,
  paymentConditions: true,
} as const;

/**
 * Everything the assistant may ground a reply on for one conversation the actor can see: the lead's
 * developments (or, when the lead has none, the channel's), their facts, the materials the inbox
 * lets this conversation send (conversationMaterialsWhere: so nothing proposed is refused on send),
 * the standard messages the broker may use (global and their own) and the recent text.
 */
export async function loadAssistantKnowledge(db: Db, actor: Actor, conversationId: string): Promise<AssistantKnowledge> {
  const conversation = assertVisible(
    actor,
    await db.conversation.findUnique({
      where: { id: conversationId },
      select: {
        assigneeId: true,
        leadId: true,
        channelId: true,
        lead: { select: { developments: { select: developmentSelect, orderBy: { name: "asc" } } } },
        channel: { select: { developments: { select: developmentSelect, orderBy: { name: "asc" } } } },
      },
    }),
  );
  const fromLead = conversation.lead.developments.length > 0;
  const developments = fromLead ? conversation.lead.developments : conversation.channel.developments;

  const [materials, standardMessages, messages] = await Promise.all([
    db.mediaAsset.findMany({
      where: conversationMaterialsWhere(conversation),
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, developmentId: true, kind: true, title: true, fileName: true },
      take: 300,
    }),
    db.standardMessage.findMany({
      where: { OR: [{ ownerId: null }, { ownerId: actor.id }] },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { id: true, title: true, body: true, ownerId: true },
      take: 300,
    }),
    db.message.findMany({
      // A voice note counts by its transcript: leads ask by audio as often as by text.
      where: { conversationId, OR: [{ body: { not: null } }, { transcript: { not: null } }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { direction: true, body: true, transcript: true },
      take: RECENT_MESSAGES,
    }),
  ]);

  return {
    developments: developments.map(({ typologies, ...development }): DevelopmentKnowledge => ({ ...development, typologies: readTypologies(typologies) })),
    developmentSource: fromLead ? "lead" : developments.length > 0 ? "channel" : "none",
    materials,
    standardMessages: standardMessages.map((m) => ({ id: m.id, title: m.title, body: m.body, personal: m.ownerId !== null })),
    recentMessages: messages
      .reverse()
      .flatMap((m): ConversationLine[] => {
        const text = m.body?.trim() ? m.body : m.transcript;
        return text?.trim() ? [{ direction: m.direction, text }] : [];
      }),
  };
}
