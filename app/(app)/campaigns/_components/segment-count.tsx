"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Card } from "@/app/_components/ui/card";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { useDebounced } from "../../leads/_lib/use-debounced";
import { segmentInput, type Segment } from "../_lib/builder-draft";

// The live count: asked again once the filters stop changing; the last answer stays on screen
// (marked as updating) meanwhile, so the panel never jumps.
export function SegmentCount({ segment }: { segment: Segment }) {
  const t = useTranslations("campaigns.builder.count");
  const filters = useDebounced(segment, 300);
  const count = api.campaigns.previewSegment.useQuery({ segment: segmentInput(filters) }, { placeholderData: keepPreviousData });
  const data = count.data;
  return (
    <Card className="flex flex-col gap-3" aria-labelledby="segment-count-title">
      <h2 id="segment-count-title" className="font-semibold">
        {t("title")}
      </h2>
      <div aria-live="polite" aria-busy={count.isFetching} data-testid="segment-count">
        {count.isError ? (
          <p className="text-sm text-danger">{t("error")}</p>
        ) : !data ? (
          <Skeleton className="h-16" />
        ) : (
          <>
            <p className="text-2xl font-semibold" data-testid="segment-eligible" data-count={data.eligible}>
              {t("eligible", { count: data.eligible })}
            </p>
            <p className="text-sm text-ink-muted">{t("matched", { count: data.matched })}</p>
            <h3 className="mt-3 text-sm font-medium">{t("excludedTitle")}</h3>
            <ul className="mt-1 flex flex-col gap-1 text-sm text-ink-muted" data-testid="segment-excluded">
              <li data-reason="optedOut">{t("optedOut", { count: data.excluded.optedOut })}</li>
              <li data-reason="noPhone">{t("noPhone", { count: data.excluded.noPhone })}</li>
              <li data-reason="contactedToday">{t("contactedToday", { count: data.excluded.contactedToday })}</li>
            </ul>
          </>
        )}
        {count.isFetching && data ? <p className="mt-2 text-xs text-ink-muted">{t("updating")}</p> : null}
      </div>
    </Card>
  );
}
