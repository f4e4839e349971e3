import "server-only";
import type { RetrievedFact } from "./retrieval-types";

/**
 * The facts as a prompt lists them and the UI shows them, one per line: `[F1] Residencial Jardins —
 * 2 quartos (62 m², 1 suíte, 1 vaga): a partir de R$ 489.000`. A draft cites the refs it used.
 */
export function factLines(facts: RetrievedFact[]): string {
  return facts.map((fact) => `[${fact.ref}] ${fact.text}`).join("\n");
}
