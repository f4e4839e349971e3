import "server-only";
import type { Retrieval } from "../retrieval-types";
import type { EvalCase } from "./cases";

const TOP = 3;

/** Why a case fails (empty: it passes). The rules are the ones cases.ts documents. */
export function caseFailures(evalCase: EvalCase, result: Retrieval): string[] {
  const { expect } = evalCase;
  const failures: string[] = [];
  const facts = result.facts.slice(0, TOP);
  const materials = result.materials.slice(0, TOP).map((m) => m.kind);

  if (expect.development && result.development?.name !== expect.development) failures.push(`development ${result.development?.name ?? "none"}, expected ${expect.development}`);
  if (expect.facts !== "any") {
    if (expect.facts.length === 0 && result.facts.length > 0) failures.push(`proposed facts where none fit: ${result.facts.map((f) => f.kind).join(", ")}`);
    for (const kind of expect.facts) if (!facts.some((f) => f.kind === kind)) failures.push(`no ${kind} fact in the top ${TOP}`);
  }
  const firstTypology = facts.find((f) => f.typology)?.typology;
  if (expect.bedrooms !== undefined && firstTypology?.bedrooms !== expect.bedrooms) failures.push(`first typology ${firstTypology?.label ?? "none"}, expected ${expect.bedrooms} quartos`);
  if (expect.typologyLabel !== undefined && firstTypology?.label !== expect.typologyLabel) failures.push(`first typology ${firstTypology?.label ?? "none"}, expected ${expect.typologyLabel}`);

  const material = expect.material;
  if (material === "none" && result.materials.length > 0) failures.push(`proposed materials where none fit: ${result.materials.map((m) => m.kind).join(", ")}`);
  if (typeof material === "object" && "all" in material) for (const kind of material.all) if (!materials.includes(kind)) failures.push(`no ${kind} in the top ${TOP} materials`);
  if (typeof material === "object" && "anyOf" in material && !material.anyOf.some((kind) => materials.includes(kind))) failures.push(`none of ${material.anyOf.join("/")} in the top ${TOP} materials`);

  if (expect.unanswered === true && result.unanswered.length === 0) failures.push("did not say the app holds no answer");
  if (expect.unanswered !== true && result.unanswered.length > 0) failures.push(`said unanswered: ${result.unanswered.map((u) => u.detail ?? u.topic).join(", ")}`);
  if (expect.standardMessage && !result.standardMessages.slice(0, TOP).some((m) => m.title === expect.standardMessage)) failures.push(`standard message "${expect.standardMessage}" not in the top ${TOP}`);
  return failures;
}
