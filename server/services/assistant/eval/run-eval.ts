import "server-only";
import { findUnsupportedClaims } from "../unsupported-claims";
import { retrieve } from "../retrieve";
import type { EvalCase } from "./cases";
import type { DraftsForCase } from "./drafts-for-case";
import { fixtureKnowledge } from "./fixture-knowledge";
import { caseFailures } from "./score-case";

// A fixed "now" so delivery months read the same on every run.
export const EVAL_NOW = new Date("2026-12-02T12:00:00Z");
export const PASS_MARK = 90;

export type EvalReport = { lines: string[]; retrievalPercent: number; passed: boolean };

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);
const formatPercent = (value: number) => `${value.toFixed(1)} %`;

/** Scores every case; the last line is always `retrieval: NN.N % (N cases)`. */
export async function runEval(cases: EvalCase[], draftsFor: DraftsForCase): Promise<EvalReport> {
  const lines: string[] = [];
  let passing = 0;
  let drafts = 0;
  let draftsWithInventions = 0;
  for (const evalCase of cases) {
    const result = retrieve(fixtureKnowledge(evalCase), { now: EVAL_NOW });
    const failures = caseFailures(evalCase, result);
    if (failures.length === 0) passing++;
    else lines.push(`✗ ${evalCase.id} — "${evalCase.messages.join(" / ")}": ${failures.join("; ")}`);
    for (const draft of (await draftsFor(evalCase, result)) ?? []) {
      drafts++;
      const claims = findUnsupportedClaims(draft, result.facts, result.question);
      if (claims.length > 0) {
        draftsWithInventions++;
        lines.push(`✗ ${evalCase.id} draft states what no fact holds: ${claims.map((c) => c.text).join(", ")}`);
      }
    }
  }
  if (drafts > 0) lines.push(`hallucination: ${formatPercent(percent(draftsWithInventions, drafts))} of ${drafts} drafts state a number or address absent from the facts`);
  const retrievalPercent = percent(passing, cases.length);
  if (retrievalPercent < PASS_MARK) lines.push(`abaixo da meta de ${PASS_MARK} %: a avaliação reprova`);
  lines.push(`retrieval: ${formatPercent(retrievalPercent)} (${cases.length} cases)`);
  return { lines, retrievalPercent, passed: retrievalPercent >= PASS_MARK };
}
