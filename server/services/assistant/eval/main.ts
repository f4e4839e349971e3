// `npm run eval:ai`: scores the assistant's retrieval on the eval set (and, once a provider is
// configured and the drafts hook returns drafts, their hallucination rate). Exits 1 below 90 %.
import "server-only";
import { EVAL_CASES } from "./cases";
import { draftsForCase } from "./drafts-for-case";
import { PASS_MARK, runEval } from "./run-eval";

const report = await runEval(EVAL_CASES, draftsForCase);
for (const line of report.lines) console.log(line);
if (!report.passed) {
  console.error(`A retrieval abaixo de ${PASS_MARK} % reprova a avaliação.`);
  process.exit(1);
}
