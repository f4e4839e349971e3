"use client";

import { useTranslations } from "next-intl";
import type { Refusal } from "@/server/services/conversations/template-eligibility";

// The same catalogue text the server answers with when the send is attempted anyway.
export function RefusalText({ refusal, id }: { refusal: Refusal; id?: string }) {
  const t = useTranslations("errors");
  return (
    <span id={id} data-testid="refusal" data-refusal={refusal.key}>
      {t(refusal.key, refusal.params)}
    </span>
  );
}

export function RefusalNotice({ title, refusals }: { title: string; refusals: Refusal[] }) {
  return (
    <div role="alert" className="rounded-md border border-warning bg-warning-soft p-3 text-sm text-ink">
      <p className="font-semibold">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {refusals.map((refusal) => (
          <li key={refusal.key}>
            <RefusalText refusal={refusal} />
          </li>
        ))}
      </ul>
    </div>
  );
}
