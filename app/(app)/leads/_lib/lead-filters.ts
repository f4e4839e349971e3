// The leads list's qualification filters as the selects hold them (strings, "" = any) and as the
// leads.list procedure takes them.
export type LeadFilters = { bedrooms: string; visit: string; budget: string; financing: string };

export const NO_FILTERS: LeadFilters = { bedrooms: "", visit: "", budget: "", financing: "" };

export const FINANCING_VALUES = ["YES", "NO", "UNKNOWN"] as const;
type Financing = (typeof FINANCING_VALUES)[number];

// Whole reais, either end open. Fixed brackets rather than free inputs: a broker picks a price range
// as the developments' price tables group them, and nothing needs typing or parsing.
export const BUDGET_BRACKETS: readonly { from: number | null; to: number | null }[] = [
  { from: null, to: 300_000 },
  { from: 300_000, to: 500_000 },
  { from: 500_000, to: 800_000 },
  { from: 800_000, to: 1_500_000 },
  { from: 1_500_000, to: null },
];

/** "300000-500000", "-300000", "1500000-": the option value of a bracket. */
export const budgetValue = (bracket: { from: number | null; to: number | null }) => `${bracket.from ?? ""}-${bracket.to ?? ""}`;

const reais = (text: string | undefined) => (text ? Number(text) : undefined);
const isFinancing = (value: string): value is Financing => (FINANCING_VALUES as readonly string[]).includes(value);

export const isFiltered = (filters: LeadFilters) => Object.values(filters).some((value) => value !== "");

export function leadFilterInput(filters: LeadFilters) {
  const [from, to] = filters.budget.split("-");
  return {
    bedrooms: filters.bedrooms ? Number(filters.bedrooms) : undefined,
    visitWanted: filters.visit ? filters.visit === "yes" : undefined,
    budgetFrom: reais(from),
    budgetTo: reais(to),
    financing: isFinancing(filters.financing) ? filters.financing : undefined,
  };
}
