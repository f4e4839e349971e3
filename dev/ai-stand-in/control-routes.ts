import { z } from "zod";
import { sendApiError, sendJson } from "../whatsapp-sandbox/http-io";
import type { Router } from "../whatsapp-sandbox/router";
import type { StandInContext } from "./context";
import { faultSchema } from "./faults";

const delaysSchema = z.object({ firstTokenDelayMs: z.number().int().min(0).max(60_000), wordDelayMs: z.number().int().min(0).max(10_000) }).partial().strict();

// For tests and the person running the demo; never part of the OpenAI API.
export function addControlRoutes(router: Router, standIn: StandInContext, initial: { firstTokenDelayMs: number; wordDelayMs: number }) {
  router.get("/__control/fail", ({ res }) => sendJson(res, 200, standIn.faults.describe()));
  router.post("/__control/fail", async ({ res, json }) => {
    const parsed = faultSchema.safeParse(await json());
    if (!parsed.success) return sendApiError(res, 400, 'Falha inválida: use {mode: "down" | "overQuota" | "slow" | "reject" | "none", count?, delayMs?, retryAfterMs?}.', parsed.error.issues);
    standIn.faults.set(parsed.data);
    sendJson(res, 200, standIn.faults.describe());
  });
  router.post("/__control/delays", async ({ res, json }) => {
    const parsed = delaysSchema.safeParse(await json());
    if (!parsed.success) return sendApiError(res, 400, "Atrasos inválidos: {firstTokenDelayMs?, wordDelayMs?} em ms.", parsed.error.issues);
    Object.assign(standIn.config, parsed.data);
    sendJson(res, 200, { firstTokenDelayMs: standIn.config.firstTokenDelayMs, wordDelayMs: standIn.config.wordDelayMs });
  });
  router.get("/__control/requests", ({ res }) => sendJson(res, 200, { requests: standIn.requests }));
  router.post("/__control/reset", ({ res }) => {
    standIn.faults.clear();
    standIn.requests.length = 0;
    Object.assign(standIn.config, initial);
    sendJson(res, 200, { ok: true });
  });
}
