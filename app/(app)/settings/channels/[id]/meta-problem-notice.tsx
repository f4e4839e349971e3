"use client";

import { useTranslations } from "next-intl";
import { metaErrorText } from "@/app/_i18n/stored-texts";
import type { MetaProblem } from "@/server/services/channels/channel-graph";

// Meta's refusal explained in the reader's language (failures.meta), with the raw detail for support behind a disclosure.
export function MetaProblemNotice({ problem, hint }: { problem: MetaProblem; hint?: string }) {
  const t = useTranslations("channels.meta");
  const tAll = useTranslations();
  if (problem.kind === "network") {
    return (
      <div role="alert" className="rounded-md border border-danger bg-danger-soft p-3 text-sm">
        <p className="font-medium">{t("networkTitle")}</p>
        <p>{t("networkAction")}</p>
      </div>
    );
  }
  const explained = metaErrorText(tAll, problem.code);
  return (
    <div role="alert" className="rounded-md border border-danger bg-danger-soft p-3 text-sm">
      <p className="font-medium">
        <span aria-hidden>✕ </span>
        {explained.title}
      </p>
      <p className="mt-1">{explained.action}</p>
      {hint ? <p className="mt-1 font-medium">{hint}</p> : null}
      {/* Meta's own words are in English: kept for support, out of the broker's way. */}
      <details className="mt-2 text-xs text-ink-muted">
        <summary className="cursor-pointer select-none">{t("technicalDetails")}</summary>
        <p className="mt-1 break-words" data-testid="meta-problem-details">
          {t("code", { code: problem.code })}
          {problem.details ? ` — ${problem.details}` : ""}
        </p>
      </details>
    </div>
  );
}
