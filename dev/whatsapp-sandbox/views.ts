import type { SandboxContext } from "./context";
import type { ChatMessage, Lead } from "./state-types";

/** A message as the JSON API and the phone page show it. */
export function messageView(message: ChatMessage) {
  return {
    wamid: message.wamid,
    phoneNumberId: message.phoneNumberId,
    direction: message.direction,
    type: message.type,
    text: message.text,
    media: message.media
      ? { ...message.media, ...(message.media.id ? { url: `/_sandbox/media/${message.media.id}` } : {}) }
      : undefined,
    template: message.template,
    reaction: message.reaction,
    contextId: message.contextId,
    choices: message.choices,
    footer: message.footer,
    links: message.links,
    status: message.status,
    statuses: message.statusHistory.map((entry) => ({ status: entry.status, at: new Date(entry.at).toISOString() })),
    error: message.error,
    reactions: message.reactions,
    createdAt: new Date(message.createdAt).toISOString(),
  };
}

export function leadView(sandbox: SandboxContext, lead: Lead, phoneNumberId?: string) {
  const chat = phoneNumberId ? sandbox.store.chat(phoneNumberId, lead.key) : [];
  const visible = chat.filter((message) => message.type !== "reaction");
  const last = visible[visible.length - 1];
  const lastInbound = phoneNumberId ? lead.lastInboundAt[phoneNumberId] : undefined;
  return {
    phone: lead.phone,
    key: lead.key,
    name: lead.name,
    waId: lead.waId,
    userId: lead.userId,
    usernameOnly: lead.usernameOnly,
    autoRead: lead.autoRead,
    effectiveAutoRead: lead.autoRead ?? sandbox.config.autoRead,
    windowOpenUntil: lastInbound ? new Date(lastInbound + sandbox.config.windowMs).toISOString() : null,
    unread: chat.filter((message) => message.direction === "out" && (message.status === "sent" || message.status === "delivered")).length,
    last: last ? { text: last.text ?? `[${last.type}]`, direction: last.direction, at: new Date(last.createdAt).toISOString() } : null,
    lastActivity: last?.createdAt ?? lead.createdAt,
  };
}
