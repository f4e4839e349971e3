import { describe, expect, it } from "vitest";
import { EVAL_CASES, type EvalCase } from "./cases";
import { runEval } from "./run-eval";

const priceCase = EVAL_CASES.find((c) => c.id === "price-2q")!;
const noDrafts = async () => null;

describe("npm run eval:ai", () => {
  it("has 40+ cases with unique ids and ends with the retrieval line", async () => {
    expect(EVAL_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(EVAL_CASES.map((c) => c.id)).size).toBe(EVAL_CASES.length);
    const report = await runEval([priceCase], noDrafts);
    expect(report.lines).toEqual(["retrieval: 100.0 % (1 cases)"]);
    expect(report.passed).toBe(true);
  });

  it("prints each failing case and fails below the mark", async () => {
    const wrong: EvalCase = { ...priceCase, id: "wrong-on-purpose", expect: { ...priceCase.expect, material: { all: ["VIDEO"] } } };
    const report = await runEval([priceCase, wrong], noDrafts);
    expect(report.lines[0]).toMatch(/^✗ wrong-on-purpose .*no VIDEO in the top 3 materials/);
    expect(report.lines.slice(-2)).toEqual(["abaixo da meta de 90 %: a avaliação reprova", "retrieval: 50.0 % (2 cases)"]);
    expect(report.passed).toBe(false);
  });

  it("checks drafts for invented numbers only when a provider returns drafts", async () => {
    const drafts = async () => ["O 2 quartos sai a partir de R$ 489.000.", "O condomínio é R$ 650."];
    const report = await runEval([priceCase], drafts);
    expect(report.lines).toContain("hallucination: 50.0 % of 2 drafts state a number or address absent from the facts");
    expect(report.lines.at(-1)).toBe("retrieval: 100.0 % (1 cases)");
  });
});
