"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { BUDGET_BRACKETS, budgetValue, FINANCING_VALUES, isFiltered, NO_FILTERS, type LeadFilters } from "./_lib/lead-filters";
import { budgetText } from "./_lib/qualification-text";

// Qualification the brokers confirmed on each lead ("Qualificar com IA"); "" in a select means any.
export function LeadFiltersBar({ filters, onChange }: { filters: LeadFilters; onChange: (filters: LeadFilters) => void }) {
  const t = useTranslations("leads");
  const locale = useLocale();
  const set = (change: Partial<LeadFilters>) => onChange({ ...filters, ...change });
  return (
    <>
      <NativeSelect aria-label={t("filters.bedrooms")} value={filters.bedrooms} onChange={(e) => set({ bedrooms: e.target.value })} className="w-auto" data-testid="filter-bedrooms">
        <option value="">{t("filters.anyBedrooms")}</option>
        {[1, 2, 3, 4, 5].map((count) => (
          <option key={count} value={String(count)}>
            {t("filters.bedroomsValue", { count })}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect aria-label={t("filters.budget")} value={filters.budget} onChange={(e) => set({ budget: e.target.value })} className="w-auto" data-testid="filter-budget">
        <option value="">{t("filters.anyBudget")}</option>
        {BUDGET_BRACKETS.map((bracket) => (
          <option key={budgetValue(bracket)} value={budgetValue(bracket)}>
            {budgetText(t, locale, bracket.from, bracket.to)}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect aria-label={t("filters.financing")} value={filters.financing} onChange={(e) => set({ financing: e.target.value })} className="w-auto" data-testid="filter-financing">
        <option value="">{t("filters.anyFinancing")}</option>
        {FINANCING_VALUES.map((value) => (
          <option key={value} value={value}>
            {t(`qualification.financing.${value}`)}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect aria-label={t("filters.visit")} value={filters.visit} onChange={(e) => set({ visit: e.target.value })} className="w-auto" data-testid="filter-visit">
        <option value="">{t("filters.anyVisit")}</option>
        <option value="yes">{t("filters.visitWanted")}</option>
        <option value="no">{t("filters.visitNotWanted")}</option>
      </NativeSelect>
      {isFiltered(filters) ? (
        <Button variant="ghost" size="sm" onClick={() => onChange(NO_FILTERS)}>
          {t("filters.clear")}
        </Button>
      ) : null}
    </>
  );
}
