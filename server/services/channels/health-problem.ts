import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { readParams, type TextParams } from "@/server/i18n/stored-text";
import type { PhoneNumberInfo } from "@/server/meta/graph-schemas";

// Keys under `channels.healthProblems.` in the catalogues, except metaError: the Meta code's own
// explanation (`failures.meta.<code>`).
export type HealthProblemCode =
  | "numberStatus"
  | "qualityRed"
  | "accountBanned"
  | "accountRestricted"
  | "accountViolation"
  | "accountDisabled"
  | "tokenUnreadable"
  | "metaError";

export type HealthProblem = { code: HealthProblemCode; params: TextParams };

/** What the screens translate; `text` is a problem stored as a pt-BR sentence before codes were stored. */
export type HealthProblemView = { code: string; params: TextParams } | { code: null; text: string };

const problem = (code: HealthProblemCode, params: TextParams = {}): HealthProblem => ({ code, params });

export const metaErrorProblem = (metaCode: number) => problem("metaError", { code: metaCode });
export const tokenUnreadableProblem = problem("tokenUnreadable");
// Values absent from Meta's event are "none", which the catalogue leaves out of the sentence.
export const accountProblem = (code: "accountBanned" | "accountRestricted" | "accountViolation" | "accountDisabled", params: TextParams = {}) => problem(code, params);
// Quality RED, whether the hourly check read it or Meta's FLAGGED webhook said so: one problem, so
// whichever comes second finds it stored and does not warn again. (Rows stored before may still
// carry "qualityFlagged", which the catalogues keep translating.)
export const lowQualityProblem = problem("qualityRed");

// Meta's number statuses in which messages flow.
const WORKING_STATUSES = new Set(["CONNECTED", "MIGRATED"]);

/** What is wrong with a number Meta answered for, or null when nothing is. */
export function phoneNumberProblem(info: PhoneNumberInfo): HealthProblem | null {
  const status = info.status?.toUpperCase();
  if (status && !WORKING_STATUSES.has(status)) return problem("numberStatus", { status });
  if (info.quality_rating?.toUpperCase() === "RED") return lowQualityProblem;
  return null;
}

/** The Channel columns a problem is written to (the legacy text column is cleared). */
export function healthProblemColumns(found: HealthProblem | null) {
  return { healthProblem: null, healthProblemCode: found?.code ?? null, healthProblemParams: found ? found.params : Prisma.DbNull };
}

type ProblemColumns = { healthProblem: string | null; healthProblemCode: string | null; healthProblemParams: Prisma.JsonValue };

export function healthProblemView(row: ProblemColumns): HealthProblemView | null {
  if (row.healthProblemCode) return { code: row.healthProblemCode, params: readParams(row.healthProblemParams) };
  return row.healthProblem ? { code: null, text: row.healthProblem } : null;
}

export function sameHealthProblem(a: HealthProblem | null, row: ProblemColumns): boolean {
  const b = healthProblemView(row);
  if (!a || !b) return !a && !b;
  const sorted = (params: TextParams) => JSON.stringify(Object.entries(params).sort(([x], [y]) => x.localeCompare(y)));
  return a.code === b.code && "params" in b && sorted(a.params) === sorted(b.params);
}
