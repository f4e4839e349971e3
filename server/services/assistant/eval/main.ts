// `npm run eval:ai`: scores the assistant's retrieval on the eval set (and, once a provider is
// configured and the drafts hook returns drafts, their hallucination rate). Exits 1 below 90 %.
import "server-only";
import { EVAL_CASES } from "./cases";
import { draftsForCase } from "./drafts-for-case";
import { runEval } from "./run-eval";

const report = await runEval(EVAL_CASES, draftsForCase);
for (const line of report.lines) console.log(line);
// Nothing is printed after the retrieval line: CI logs and readers take the last line as the score.
if (!report.passed) process.exitCode = 1;
