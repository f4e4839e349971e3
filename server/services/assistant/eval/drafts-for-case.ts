import "server-only";
import type { Retrieval } from "../retrieval-types";
import type { EvalCase } from "./cases";

/**
 * THE PROVIDER HOOK. When AI_BASE_URL / AI_MODEL are configured, the reply-suggestion feature will
 * generate its drafts here for each case (the same prompt the composer uses, built from `retrieval`),
 * and `npm run eval:ai` then checks them for numbers and addresses the facts do not contain.
 * Until that feature exists there are no drafts: null, and the eval scores retrieval only.
 */
export type DraftsForCase = (evalCase: EvalCase, retrieval: Retrieval) => Promise<string[] | null>;

export const draftsForCase: DraftsForCase = async () => null;
