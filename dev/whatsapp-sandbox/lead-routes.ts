import { z } from "zod";
import type { SandboxContext } from "./context";
import { sendApiError, sendJson } from "./http-io";
import { leadMessageSchema, receiveFromLead } from "./lead-inbound";
import type { Router, RouteContext } from "./router";
import type { Lead } from "./state-types";
import { leadView, messageView } from "./views";

const leadInputSchema = z.object({
  phone: z.string(),
  name: z.string().min(1).optional(),
  usernameOnly: z.boolean().optional(),
  autoRead: z.boolean().nullable().optional(),
  stoppedMarketing: z.boolean().optional(),
});
const leadPatchSchema = leadInputSchema.omit({ phone: true });
const openWindowsSchema = z.object({ phoneNumberId: z.string().min(1), phones: z.array(z.string()).min(1).max(50_000) });

function requireLead(sandbox: SandboxContext, route: RouteContext): Lead | undefined {
  const lead = sandbox.store.findLead(route.params.phone ?? "");
  if (!lead) sendApiError(route.res, 404, `Lead ${route.params.phone} não existe no sandbox.`);
  return lead;
}

function requirePhoneNumberId(route: RouteContext): string | undefined {
  const id = route.url.searchParams.get("phoneNumberId");
  if (!id) sendApiError(route.res, 400, "Informe ?phoneNumberId=<id do número da empresa>.");
  return id ?? undefined;
}

export function addLeadRoutes(router: Router, sandbox: SandboxContext) {
  const { store } = sandbox;

  router.get("/_sandbox/leads", (route) => {
    const phoneNumberId = route.url.searchParams.get("phoneNumberId") ?? undefined;
    const leads = store.listLeads().map((lead) => leadView(sandbox, lead, phoneNumberId));
    sendJson(route.res, 200, { version: store.version, leads: leads.sort((a, b) => b.lastActivity - a.lastActivity) });
  });

  router.post("/_sandbox/leads", async (route) => {
    const parsed = leadInputSchema.safeParse(await route.json());
    if (!parsed.success) return sendApiError(route.res, 400, "Lead inválido.", parsed.error.issues);
    const lead = store.upsertLead(parsed.data);
    if (!lead) return sendApiError(route.res, 400, `Telefone inválido: ${parsed.data.phone}`);
    sendJson(route.res, 201, leadView(sandbox, lead));
  });

  // Set-up for load runs (bench/): thousands of leads "wrote" to the number, without thousands of
  // inbound webhooks the app would first have to absorb.
  router.post("/_sandbox/leads/open-windows", async (route) => {
    const parsed = openWindowsSchema.safeParse(await route.json());
    if (!parsed.success) return sendApiError(route.res, 400, "Pedido inválido.", parsed.error.issues);
    const { phoneNumberId, phones } = parsed.data;
    store.ensureNumber(phoneNumberId);
    const now = Date.now();
    const invalid = phones.filter((phone) => {
      const lead = store.findLead(phone) ?? store.upsertLead({ phone });
      if (lead) lead.lastInboundAt[phoneNumberId] = now;
      return !lead;
    });
    if (invalid.length > 0) return sendApiError(route.res, 400, `Telefones inválidos: ${invalid.slice(0, 5).join(", ")}`);
    store.touch();
    sendJson(route.res, 200, { opened: phones.length });
  });

  router.patch("/_sandbox/leads/:phone", async (route) => {
    const lead = requireLead(sandbox, route);
    if (!lead) return;
    const parsed = leadPatchSchema.safeParse(await route.json());
    if (!parsed.success) return sendApiError(route.res, 400, "Alteração inválida.", parsed.error.issues);
    const updated = store.upsertLead({ phone: lead.phone, ...parsed.data });
    sendJson(route.res, 200, updated ? leadView(sandbox, updated) : null);
  });

  router.post("/_sandbox/leads/:phone/messages", async (route) => {
    const parsed = leadMessageSchema.safeParse(await route.json());
    if (!parsed.success) return sendApiError(route.res, 400, "Mensagem inválida.", parsed.error.issues);
    const lead = store.findLead(route.params.phone ?? "") ?? store.upsertLead({ phone: route.params.phone ?? "", name: parsed.data.name });
    if (!lead) return sendApiError(route.res, 400, `Telefone inválido: ${route.params.phone}`);
    const result = receiveFromLead(sandbox, lead, parsed.data);
    sendJson(route.res, 201, { wamid: result.wamid, mediaId: result.mediaId, webhookId: result.webhookId, message: messageView(result.message) });
  });

  router.get("/_sandbox/leads/:phone/inbox", (route) => {
    const phoneNumberId = requirePhoneNumberId(route);
    const lead = phoneNumberId ? requireLead(sandbox, route) : undefined;
    if (!phoneNumberId || !lead) return;
    const received = store.chat(phoneNumberId, lead.key).filter((message) => message.direction === "out");
    sendJson(route.res, 200, { lead: leadView(sandbox, lead, phoneNumberId), messages: received.map(messageView) });
  });

  router.get("/_sandbox/leads/:phone/chat", (route) => {
    const phoneNumberId = requirePhoneNumberId(route);
    const lead = phoneNumberId ? requireLead(sandbox, route) : undefined;
    if (!phoneNumberId || !lead) return;
    const messages = store.chat(phoneNumberId, lead.key).slice(-300);
    sendJson(route.res, 200, { version: store.version, lead: leadView(sandbox, lead, phoneNumberId), messages: messages.map(messageView) });
  });

  router.post("/_sandbox/leads/:phone/read", async (route) => {
    const lead = requireLead(sandbox, route);
    if (!lead) return;
    const body = z.object({ phoneNumberId: z.string().optional() }).safeParse((await route.json()) ?? {});
    const only = body.success ? body.data.phoneNumberId : undefined;
    const numbers = only ? [only] : store.listNumbers().map((number) => number.phoneNumberId);
    const read = numbers.reduce((total, phoneNumberId) => total + sandbox.statusFlow.leadReads(phoneNumberId, lead.key), 0);
    sendJson(route.res, 200, { read });
  });
}
