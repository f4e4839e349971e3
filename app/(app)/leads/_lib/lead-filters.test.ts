import { describe, expect, it } from "vitest";
import { BUDGET_BRACKETS, budgetValue, isFiltered, leadFilterInput, NO_FILTERS } from "./lead-filters";

describe("leadFilterInput", () => {
  it("asks for nothing when every select says any", () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(leadFilterInput(NO_FILTERS)).toEqual({ bedrooms: undefined, visitWanted: undefined, budgetFrom: undefined, budgetTo: undefined, financing: undefined });
  });

  it("turns each budget bracket's option back into its range, open ends left out", () => {
    const ranges = BUDGET_BRACKETS.map((bracket) => leadFilterInput({ ...NO_FILTERS, budget: budgetValue(bracket) }));
    expect(ranges.map(({ budgetFrom, budgetTo }) => [budgetFrom, budgetTo])).toEqual(BUDGET_BRACKETS.map(({ from, to }) => [from ?? undefined, to ?? undefined]));
    expect(ranges[0]).toMatchObject({ budgetFrom: undefined, budgetTo: 300_000 });
    expect(ranges.at(-1)).toMatchObject({ budgetFrom: 1_500_000, budgetTo: undefined });
  });

  it("passes the financing code and the other filters", () => {
    const filters = { bedrooms: "2", visit: "no", budget: "", financing: "UNKNOWN" };
    expect(isFiltered(filters)).toBe(true);
    expect(leadFilterInput(filters)).toMatchObject({ bedrooms: 2, visitWanted: false, financing: "UNKNOWN" });
    expect(leadFilterInput({ ...NO_FILTERS, financing: "MAYBE" }).financing).toBeUndefined();
  });
});
