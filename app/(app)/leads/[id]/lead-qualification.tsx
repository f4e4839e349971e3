import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/app/_components/ui/card";
import type { RouterOutputs } from "@/app/_trpc/client";
import { formatFull } from "../_lib/format-when";
import { budgetText, qualificationValueText } from "../_lib/qualification-text";

type Lead = RouterOutputs["leads"]["get"];

// What the broker confirmed about the lead (from "Qualificar com IA" or by hand); the list's filters use it.
export async function LeadQualification({ lead }: { lead: Lead }) {
  const t = await getTranslations("leads");
  const locale = await getLocale();
  const budget = budgetText(t, locale, lead.budgetMin, lead.budgetMax);
  const rows = [
    ["interest", lead.interest ? qualificationValueText(t, locale, "interest", lead.interest) : null],
    ["interestDevelopmentId", lead.interestDevelopment?.name ?? null],
    ["bedrooms", lead.bedrooms !== null ? qualificationValueText(t, locale, "bedrooms", lead.bedrooms) : null],
    ["budget", budget],
    ["financing", lead.financing ? qualificationValueText(t, locale, "financing", lead.financing) : null],
    ["visitWanted", lead.visitWanted !== null ? qualificationValueText(t, locale, "visitWanted", lead.visitWanted) : null],
    ["visitWhen", lead.visitWhen],
  ].filter((row): row is [string, string] => row[1] !== null);
  return (
    <Card aria-labelledby="lead-qualification-title">
      <h2 id="lead-qualification-title" className="mb-3 font-semibold">
        {t("qualification.title")}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("qualification.empty")}</p>
      ) : (
        <dl className="grid gap-3" data-testid="lead-qualification">
          {rows.map(([field, text]) => (
            <div key={field} className="flex flex-col gap-0.5" data-field={field}>
              <dt className="text-xs font-medium text-ink-faint uppercase">{field === "budget" ? t("filters.budget") : t(`qualification.fields.${field}`)}</dt>
              <dd className="text-sm">{text}</dd>
            </div>
          ))}
        </dl>
      )}
      {lead.qualifiedAt ? <p className="mt-3 text-xs text-ink-faint">{t("qualification.qualifiedAt", { when: formatFull(lead.qualifiedAt) })}</p> : null}
    </Card>
  );
}
