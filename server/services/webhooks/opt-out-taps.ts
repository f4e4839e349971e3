import "server-only";
import { MessageType, type Prisma } from "@/generated/prisma/client";
import type { OptOutTap } from "@/server/services/leads/marketing-opt-out";
import { OPT_OUT_PAYLOAD } from "@/server/services/templates/quick-reply-payload";
import type { Tx } from "./apply-context";
import type { CreatedInbound } from "./apply-inbound-messages";
import type { InboundRow } from "./inbound-message-row";

type Tapped = { text: string; payload: string | null };

// What the lead tapped: a template's quick reply (`button`) or an interactive reply button.
function tapped(type: MessageType, content: unknown): Tapped | null {
  const c = (content ?? {}) as Record<string, Record<string, unknown> | undefined>;
  if (type === MessageType.BUTTON && typeof c.button?.text === "string") {
    return { text: c.button.text, payload: typeof c.button.payload === "string" ? c.button.payload : null };
  }
  const reply = c.interactive?.button_reply as Record<string, unknown> | undefined;
  if (type === MessageType.INTERACTIVE && typeof reply?.title === "string") return { text: reply.title, payload: typeof reply.id === "string" ? reply.id : null };
  return null;
}

const optOutButtonTexts = (content: Prisma.JsonValue | null): string[] => {
  const buttons = (content as { template?: { buttons?: unknown } } | null)?.template?.buttons;
  return Array.isArray(buttons) ? buttons.flatMap((b) => (b && typeof b === "object" && (b as { optOut?: unknown }).optOut === true ? [String((b as { text?: unknown }).text)] : [])) : [];
};

/**
 * The taps in a batch that are opt-outs: the payload our send put on the opt-out quick reply, or
 * (a template sent before payloads, or by another tool) the tapped text of a button marked opt-out
 * on the message it answers (its context id).
 */
export async function optOutTaps(tx: Tx, created: (CreatedInbound & { leadId: string })[], rowOf: (wamid: string) => InboundRow | undefined): Promise<OptOutTap[]> {
  const candidates = created.flatMap((message) => {
    const row = message.wamid ? rowOf(message.wamid) : undefined;
    const tap = row ? tapped(message.type, row.content) : null;
    return row && tap ? [{ message, tap, replyTo: row.replyToWamid ?? null }] : [];
  });
  if (candidates.length === 0) return [];
  const answered = candidates.flatMap((c) => (c.replyTo && c.tap.payload !== OPT_OUT_PAYLOAD ? [c.replyTo] : []));
  const originals = answered.length ? await tx.message.findMany({ where: { wamid: { in: answered } }, select: { wamid: true, content: true } }) : [];
  const optOutTextsOf = new Map(originals.map((o) => [o.wamid, optOutButtonTexts(o.content)]));
  return candidates
    .filter((c) => c.tap.payload === OPT_OUT_PAYLOAD || (c.replyTo && optOutTextsOf.get(c.replyTo)?.includes(c.tap.text)))
    .map((c) => ({ leadId: c.message.leadId, conversationId: c.message.conversationId, messageId: c.message.id, buttonText: c.tap.text, at: c.message.metaTimestamp ?? new Date() }));
}
