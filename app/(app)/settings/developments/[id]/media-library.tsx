"use client";

import { useTranslations } from "next-intl";
import { Card } from "@/app/_components/ui/card";
import type { RouterOutputs } from "@/app/_trpc/client";
import { MediaList } from "./media-list";
import { UploadPanel } from "./upload-panel";

export type MediaItem = RouterOutputs["developments"]["get"]["media"][number];

// Seed §3.3/§7: photos, floor plans, campaigns and price tables brokers send from the inbox.
export function MediaLibrary({ developmentId, media }: { developmentId: string; media: MediaItem[] }) {
  const t = useTranslations("developments.media");
  return (
    <Card className="flex flex-col gap-5">
      <div>
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="text-sm text-ink-muted">{t("description")}</p>
      </div>
      <UploadPanel developmentId={developmentId} />
      <MediaList developmentId={developmentId} media={media} />
    </Card>
  );
}
