"use client";

import { useTranslations } from "next-intl";
import type { RouterOutputs } from "@/app/_trpc/client";

type Progress = RouterOutputs["campaigns"]["get"]["progress"];

export function ProgressBar({ progress }: { progress: Progress }) {
  const t = useTranslations("campaigns.detail");
  const label = t("progressLabel", { done: progress.done, total: progress.total, percent: progress.percent });
  return (
    <div className="flex flex-col gap-1" data-testid="campaign-progress">
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <span className="font-medium" id="campaign-progress-label">
          {t("progress")}
        </span>
        <span className="text-ink-muted" aria-live="polite">
          {label}
          {progress.pending ? ` · ${t("progressPending", { count: progress.pending })}` : ""}
        </span>
      </div>
      <div
        role="progressbar"
        aria-labelledby="campaign-progress-label"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={label}
        className="h-3 overflow-hidden rounded-full bg-surface-sunken"
      >
        {/* Width by transform: no layout shift as it grows. */}
        <div className="h-full origin-left bg-brand transition-transform" style={{ transform: `scaleX(${progress.total ? progress.done / progress.total : 0})` }} />
      </div>
    </div>
  );
}
