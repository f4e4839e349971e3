import { z } from "zod";
import { phoneNumberQualityWebhook } from "./meta-webhook-bodies";
import { publicConfig, runtimeConfigSchema } from "./config";
import type { SandboxContext } from "./context";
import { sendApiError, sendBytes, sendJson } from "./http-io";
import type { Router } from "./router";
import { templateJson } from "./graph-template-routes";
import { targetForNumber } from "./webhook-targets";

const numberSchema = z.object({
  wabaId: z.string().min(1),
  displayPhoneNumber: z.string().min(1),
  verifiedName: z.string().min(1),
  qualityRating: z.enum(["GREEN", "YELLOW", "RED", "UNKNOWN"]).optional(),
  messagingLimitTier: z.string().optional(),
  webhookUrl: z.string().url().optional(),
  appSecret: z.string().min(1).optional(),
});

const failNextSchema = z.object({
  phoneNumberId: z.string().optional(),
  code: z.number().int(),
  times: z.number().int().min(1).default(1),
  delivery: z.enum(["sync", "webhook"]).default("sync"),
  httpStatus: z.number().int().min(400).max(599).optional(),
});

const decideSchema = z.object({ status: z.string().min(1).transform((value) => value.toUpperCase()), reason: z.string().nullable().optional() });

// A template the app already holds (the launcher's demo seed): Meta knows it under this id.
const importTemplateSchema = z.object({
  wabaId: z.string().min(1),
  name: z.string().min(1),
  language: z.string().min(1),
  category: z.string().min(1),
  components: z.array(z.looseObject({ type: z.string() })).min(1),
  status: z.enum(["PENDING", "APPROVED", "REJECTED", "PAUSED", "DISABLED"]),
  reason: z.string().optional(),
});

const qualitySchema = z.object({
  event: z.enum(["FLAGGED", "UNFLAGGED", "UPGRADE", "DOWNGRADE", "ONBOARDING"]),
  qualityRating: z.enum(["GREEN", "YELLOW", "RED"]).optional(),
  currentLimit: z.string().optional(),
});

export function resetSandbox(sandbox: SandboxContext, includeNumbers: boolean) {
  sandbox.timers.cancelAll();
  sandbox.emitter.clear();
  sandbox.statusFlow.clear();
  sandbox.templateReview.clear();
  sandbox.rateLimiter.clear();
  sandbox.store.reset(includeNumbers);
  Object.assign(sandbox.config, sandbox.initialConfig);
}

export function addControlRoutes(router: Router, sandbox: SandboxContext) {
  const { store } = sandbox;

  router.get("/_sandbox/health", (route) => sendJson(route.res, 200, { ok: true, version: store.version }));

  router.get("/_sandbox/numbers", (route) =>
    sendJson(route.res, 200, { numbers: store.listNumbers().map(({ appSecret: _secret, ...number }) => number) }),
  );

  router.put("/_sandbox/numbers/:id", async (route) => {
    const parsed = numberSchema.safeParse(await route.json());
    if (!parsed.success) return sendApiError(route.res, 400, "Número inválido.", parsed.error.issues);
    const { appSecret: _secret, ...number } = store.putNumber({
      qualityRating: "GREEN",
      messagingLimitTier: "TIER_1K",
      ...parsed.data,
      phoneNumberId: route.params.id ?? "",
    });
    sendJson(route.res, 200, number);
  });

  router.post("/_sandbox/numbers/:id/quality", async (route) => {
    const parsed = qualitySchema.safeParse(await route.json());
    if (!parsed.success) return sendApiError(route.res, 400, "Evento inválido.", parsed.error.issues);
    const current = store.ensureNumber(route.params.id ?? "");
    const number = store.putNumber({
      ...current,
      qualityRating: parsed.data.qualityRating ?? current.qualityRating,
      messagingLimitTier: parsed.data.currentLimit ?? current.messagingLimitTier,
    });
    const delivery = sandbox.emitter.emit(
      targetForNumber(sandbox.config, number),
      phoneNumberQualityWebhook({
        wabaId: number.wabaId,
        displayPhoneNumber: number.displayPhoneNumber,
        event: parsed.data.event,
        currentLimit: number.messagingLimitTier,
      }),
    );
    sendJson(route.res, 200, { webhookId: delivery?.id });
  });

  router.get("/_sandbox/sent", (route) => {
    const query = route.url.searchParams;
    const phoneNumberId = query.get("phoneNumberId");
    const since = Number(query.get("since")) || 0;
    const onlyAccepted = query.get("accepted") === "true";
    const sent = store
      .listSent()
      .filter((record) => (!phoneNumberId || record.phoneNumberId === phoneNumberId) && record.receivedAt >= since)
      .filter((record) => !onlyAccepted || record.accepted);
    sendJson(route.res, 200, { sent });
  });

  router.post("/_sandbox/reset", async (route) => {
    const body = z.object({ numbers: z.boolean().optional() }).safeParse((await route.json()) ?? {});
    resetSandbox(sandbox, body.success ? (body.data.numbers ?? false) : false);
    sendJson(route.res, 200, { ok: true });
  });

  router.get("/_sandbox/templates", (route) => {
    const wabaId = route.url.searchParams.get("wabaId") ?? undefined;
    sendJson(route.res, 200, { templates: store.listTemplates(wabaId).map((template) => ({
        ...templateJson(template),
        wabaId: template.wabaId,
        reason: template.reason,
        createdAt: new Date(template.createdAt).toISOString(),
        updatedAt: new Date(template.updatedAt).toISOString(),
      })) });
  });

  // Idempotent: a template the sandbox already knows under this id keeps its state; one known
  // under another id with the same name and language (a database seeded afresh) is replaced.
  router.put("/_sandbox/templates/:id", async (route) => {
    const parsed = importTemplateSchema.safeParse(await route.json());
    if (!parsed.success) return sendApiError(route.res, 400, "Template inválido.", parsed.error.issues);
    const id = route.params.id ?? "";
    const known = store.getTemplate(id);
    if (known) return sendJson(route.res, 200, { ...templateJson(known), created: false });
    for (const clash of store.listTemplates(parsed.data.wabaId)) {
      if (clash.name === parsed.data.name && clash.language === parsed.data.language) {
        sandbox.templateReview.forget(clash.id);
        store.deleteTemplate(clash.id);
      }
    }
    const now = Date.now();
    const template = store.putTemplate({ id, ...parsed.data, createdAt: now, updatedAt: now });
    sandbox.templateReview.submitted(template);
    sendJson(route.res, 201, { ...templateJson(template), created: true });
  });

  router.post("/_sandbox/templates/:id/decide", async (route) => {
    const parsed = decideSchema.safeParse(await route.json());
    if (!parsed.success) return sendApiError(route.res, 400, "Decisão inválida.", parsed.error.issues);
    const template = sandbox.templateReview.decide(route.params.id ?? "", parsed.data.status, parsed.data.reason);
    if (!template) return sendApiError(route.res, 404, `Template ${route.params.id} não existe.`);
    sendJson(route.res, 200, templateJson(template));
  });

  router.get("/_sandbox/config", (route) => sendJson(route.res, 200, publicConfig(sandbox.config)));

  router.post("/_sandbox/config", async (route) => {
    const parsed = runtimeConfigSchema.safeParse(await route.json());
    if (!parsed.success) return sendApiError(route.res, 400, "Configuração inválida.", parsed.error.issues);
    Object.assign(sandbox.config, parsed.data);
    sendJson(route.res, 200, publicConfig(sandbox.config));
  });

  router.post("/_sandbox/fail-next", async (route) => {
    const parsed = failNextSchema.safeParse(await route.json());
    if (!parsed.success) return sendApiError(route.res, 400, "Falha inválida.", parsed.error.issues);
    const { times, ...rule } = parsed.data;
    store.addFailure({ ...rule, remaining: times });
    sendJson(route.res, 200, { armed: store.listFailures() });
  });

  router.get("/_sandbox/webhooks", (route) => {
    const field = route.url.searchParams.get("field");
    const records = sandbox.emitter.records().filter((record) => !field || record.field === field);
    sendJson(route.res, 200, { webhooks: records.slice(-(Number(route.url.searchParams.get("limit")) || 200)) });
  });

  router.get("/_sandbox/media/:id", (route) => {
    const item = store.getMedia(route.params.id ?? "");
    const bytes = item ? store.getMediaBytes(item.id) : undefined;
    if (!item || !bytes) return sendApiError(route.res, 404, "Mídia não encontrada.");
    sendBytes(route.res, bytes, item.mimeType, item.filename);
  });
}
