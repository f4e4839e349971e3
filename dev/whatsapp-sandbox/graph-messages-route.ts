import type { SandboxContext } from "./context";
import { sendGraphError } from "./graph-errors";
import { sendJson } from "./http-io";
import { newWamid } from "./ids";
import { checkOutbound, outboundChoices, outboundMedia, outboundText, type OutboundRequest } from "./outbound-message";
import { renderTemplate, templateExtras, templateHeaderMedia, templateMismatchDetails, templateUse } from "./template-send-checks";
import type { RouteContext } from "./router";
import type { ChatMessage, Lead, Template } from "./state-types";

type Refusal = { code: number; details?: string; httpStatus?: number };

function markRead(sandbox: SandboxContext, route: RouteContext, phoneNumberId: string, messageId: unknown) {
  const message = typeof messageId === "string" ? sandbox.store.getMessage(messageId) : undefined;
  if (!message || message.direction !== "in" || message.phoneNumberId !== phoneNumberId) {
    sendGraphError(route.res, 100, { details: `Invalid message_id: ${String(messageId)}` });
    return;
  }
  // Reading one message reads everything before it, as on the phone.
  for (const earlier of sandbox.store.chat(phoneNumberId, message.leadKey)) {
    if (earlier.direction === "in" && earlier.createdAt <= message.createdAt && earlier.status !== "read") {
      earlier.status = "read";
      earlier.statusHistory.push({ status: "read", at: Date.now() });
    }
  }
  sandbox.store.touch();
  sendJson(route.res, 200, { success: true });
}

function findTemplate(sandbox: SandboxContext, wabaId: string, name: string, language: string): Template | undefined {
  return sandbox.store
    .listTemplates(wabaId)
    .find((template) => template.name === name && template.language === language);
}

function templateRefusal(sandbox: SandboxContext, template: Template | undefined, request: OutboundRequest): Refusal | undefined {
  const use = templateUse(request);
  if (!use) return undefined;
  if (!template) return sandbox.config.strictTemplates ? { code: 132001 } : undefined;
  if (template.status === "PAUSED") return { code: 132015 };
  if (template.status === "DISABLED") return { code: 132016 };
  if (template.status !== "APPROVED") return { code: 132001 };
  const mismatch = templateMismatchDetails(template, use);
  if (mismatch) return mismatch;
  const media = templateHeaderMedia(use);
  if (media?.id && !sandbox.store.getMedia(media.id)) return { code: 132012, details: `header: ${media.id} is not a valid media id` };
  return undefined;
}

function windowOpen(sandbox: SandboxContext, lead: Lead, phoneNumberId: string): boolean {
  const last = lead.lastInboundAt[phoneNumberId];
  return last !== undefined && Date.now() - last <= sandbox.config.windowMs;
}

function buildMessage(sandbox: SandboxContext, request: OutboundRequest, phoneNumberId: string, lead: Lead, template?: Template): ChatMessage {
  const use = templateUse(request);
  const base: ChatMessage = {
    wamid: newWamid(),
    phoneNumberId,
    leadKey: lead.key,
    direction: "out",
    type: request.type,
    status: "accepted",
    statusHistory: [{ status: "accepted", at: Date.now() }],
    reactions: {},
    contextId: request.context?.message_id,
    createdAt: Date.now(),
  };
  if (use) {
    const header = templateHeaderMedia(use);
    const stored = header?.id ? sandbox.store.getMedia(header.id) : undefined;
    const extras = templateExtras(template, use);
    return {
      ...base,
      text: renderTemplate(template, use),
      media: header && { ...header, mimeType: stored?.mimeType, filename: header.filename ?? stored?.filename },
      choices: outboundChoices(request, template),
      ...extras,
      template: { name: use.name, language: use.language, parameters: use.body.map((parameter) => parameter.text ?? ""), category: template?.category },
    };
  }
  if (request.type === "reaction" && request.reaction) {
    const reacted = sandbox.store.getMessage(request.reaction.message_id);
    if (reacted) reacted.reactions.business = request.reaction.emoji || undefined;
    return { ...base, reaction: { messageId: request.reaction.message_id, emoji: request.reaction.emoji } };
  }
  return { ...base, text: outboundText(request), media: outboundMedia(request), choices: outboundChoices(request, template) };
}

export async function handleSendMessage(sandbox: SandboxContext, route: RouteContext, phoneNumberId: string) {
  const { store, config } = sandbox;
  const body = await route.json();
  if (body === undefined) return sendGraphError(route.res, 100, { details: "Request body must be JSON." });
  if (typeof body === "object" && body !== null && "status" in body && body.status === "read") {
    return markRead(sandbox, route, phoneNumberId, "message_id" in body ? body.message_id : undefined);
  }
  const checked = checkOutbound(body);
  if (!checked.ok) return sendGraphError(route.res, 100, { details: checked.details });
  const request = checked.request;
  const number = store.ensureNumber(phoneNumberId);
  const record = { phoneNumberId, to: request.to, type: request.type, receivedAt: Date.now() };
  const refuse = (refusal: Refusal) => {
    store.recordSent({ ...record, accepted: false, errorCode: refusal.code });
    sendGraphError(route.res, refusal.code, refusal);
  };

  if (!sandbox.rateLimiter.tryTake(phoneNumberId, config.rateLimitMps)) return refuse({ code: 130429 });
  const injected = store.takeFailure(phoneNumberId);
  if (injected?.delivery === "sync") return refuse({ code: injected.code, httpStatus: injected.httpStatus });

  const lead = store.findLead(request.to) ?? store.upsertLead({ phone: request.to });
  if (!lead) return refuse({ code: 100, details: `Invalid parameter: to "${request.to}" is not a phone number.` });
  const use = templateUse(request);
  const template = use ? findTemplate(sandbox, number.wabaId, use.name, use.language) : undefined;
  const templateProblem = templateRefusal(sandbox, template, request);
  if (templateProblem) return refuse(templateProblem);
  const media = outboundMedia(request);
  if (media?.id && !store.getMedia(media.id)) {
    return refuse({ code: 100, details: `Param ${request.type}['id'] is not a valid media id.` });
  }
  const closed = !use && !windowOpen(sandbox, lead, phoneNumberId);
  if (closed && config.windowErrorMode === "sync") return refuse({ code: 131047 });

  const message = store.addMessage(buildMessage(sandbox, request, phoneNumberId, lead, template));
  store.recordSent({ ...record, wamid: message.wamid, accepted: true, ...(message.text === undefined ? {} : { text: message.text }) });
  // Meta accepts the send, then reports 131050 in the status webhook.
  const stopped = !!use && lead.stoppedMarketing && template?.category === "MARKETING";
  if (injected) sandbox.statusFlow.failLater(message, injected.code);
  else if (stopped) sandbox.statusFlow.failLater(message, 131050);
  else if (closed) sandbox.statusFlow.failLater(message, 131047);
  else sandbox.statusFlow.afterSend(message);

  sendJson(route.res, 200, {
    messaging_product: "whatsapp",
    contacts: [{ input: request.to, wa_id: lead.usernameOnly ? undefined : lead.waId }],
    messages: [{ id: message.wamid, ...(use ? { message_status: "accepted" } : {}) }],
  });
}
