// The lead's qualification values as the reader reads them: stored as numbers, codes and the
// lead's own words, written here in the page's language (t is the "leads" namespace).
export type LeadsTranslate = (key: string, params?: Record<string, string | number>) => string;

export type QualificationValue = string | number | boolean | null | undefined;

export const formatReais = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: "BRL", maximumFractionDigits: 0 }).format(value);

export function qualificationValueText(t: LeadsTranslate, locale: string, field: string, value: QualificationValue, name?: string | null): string {
  if (value === null || value === undefined || value === "") return t("none");
  switch (field) {
    case "interestDevelopmentId":
      return name ?? t("none");
    case "bedrooms":
      return t("filters.bedroomsValue", { count: Number(value) });
    case "budgetMin":
    case "budgetMax":
      return formatReais(Number(value), locale);
    case "financing":
      return ["YES", "NO", "UNKNOWN"].includes(String(value)) ? t(`qualification.financing.${String(value)}`) : String(value);
    case "visitWanted":
      return value === true ? t("qualification.yes") : t("qualification.no");
    default:
      return String(value);
  }
}

/** "R$ 300.000 a R$ 500.000", "até R$ 500.000", or null when neither end is known. */
export function budgetText(t: LeadsTranslate, locale: string, min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return t("qualification.budgetRange", { min: formatReais(min, locale), max: formatReais(max, locale) });
  if (min !== null) return t("qualification.budgetFrom", { min: formatReais(min, locale) });
  if (max !== null) return t("qualification.budgetUpTo", { max: formatReais(max, locale) });
  return null;
}
