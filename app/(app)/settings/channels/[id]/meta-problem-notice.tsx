"use client";

import { useTranslations } from "next-intl";
import type { MetaProblem } from "@/server/services/channels/channel-graph";

// Meta's refusal in plain pt-BR (server/meta explanations), with the raw detail for support.
export function MetaProblemNotice({ problem, hint }: { problem: MetaProblem; hint?: string }) {
  const t = useTranslations("channels.meta");
  if (problem.kind === "network") {
    return (
      <div role="alert" className="rounded-md border border-danger bg-danger-soft p-3 text-sm">
        <p className="font-medium">{t("networkTitle")}</p>
        <p>{t("networkAction")}</p>
      </div>
    );
  }
  return (
    <div role="alert" className="rounded-md border border-danger bg-danger-soft p-3 text-sm">
      <p className="font-medium">
        <span aria-hidden>✕ </span>
        {problem.title}
      </p>
      <p className="mt-1">{problem.action}</p>
      {hint ? <p className="mt-1 font-medium">{hint}</p> : null}
      <p className="mt-2 text-xs text-ink-muted">
        {t("code", { code: problem.code })}
        {problem.details ? ` — ${problem.details}` : ""}
      </p>
    </div>
  );
}
