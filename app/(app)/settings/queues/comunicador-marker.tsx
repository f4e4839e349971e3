"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { Checkbox } from "@/app/_components/ui/checkbox";
import { FieldError } from "@/app/_components/ui/field-error";
import { Input } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { COMUNICADOR_QUEUE_TAG, isComunicadorQueue } from "@/server/services/queues/comunicador-queue";

type Props = { tag: string; onTag: (tag: string) => void; flag: boolean; onFlag: (flag: boolean) => void; tagError?: string; markerError?: string };

// The seed's rule, explained where it is filled in: the tag cvcrmcomunicador or the flag, at least one.
export function ComunicadorMarker({ tag, onTag, flag, onFlag, tagError, markerError }: Props) {
  const t = useTranslations("queues.form");
  const marked = isComunicadorQueue({ tag, comunicadorFlag: flag });
  return (
    <Card>
      <fieldset aria-describedby="queue-marker-hint">
        <legend className="font-semibold">{t("identification")}</legend>
        <p id="queue-marker-hint" className="mb-4 text-sm text-ink-muted">
          {t("identificationHint")}
        </p>
        <div className="flex flex-col gap-4">
          <div className="flex flex-col gap-1">
            <Label htmlFor="queue-tag">{t("tag")}</Label>
            <div className="flex flex-wrap gap-2">
              <Input
                id="queue-tag"
                value={tag}
                placeholder={COMUNICADOR_QUEUE_TAG}
                onChange={(e) => onTag(e.target.value)}
                aria-invalid={Boolean(tagError)}
                aria-describedby={tagError ? "queue-tag-error" : undefined}
                className="max-w-xs"
              />
              {tag.trim().toLowerCase() === COMUNICADOR_QUEUE_TAG ? null : (
                <Button type="button" variant="secondary" onClick={() => onTag(COMUNICADOR_QUEUE_TAG)}>
                  {t("useSuggestedTag")}
                </Button>
              )}
            </div>
            <FieldError id="queue-tag-error" message={tagError} />
          </div>
          <div className="flex items-start gap-3">
            <Checkbox id="queue-flag" checked={flag} onCheckedChange={(c) => onFlag(c === true)} className="mt-0.5" aria-describedby="queue-flag-hint" />
            <div>
              <Label htmlFor="queue-flag">{t("flag")}</Label>
              <p id="queue-flag-hint" className="text-xs text-ink-muted">
                {t("flagHint")}
              </p>
            </div>
          </div>
          {markerError ? (
            <FieldError id="queue-marker-error" message={markerError} />
          ) : (
            <p role="status" className={marked ? "text-sm text-success" : "text-sm text-warning"}>
              {marked ? t("isComunicador") : `⚠ ${t("markerMissing")}`}
            </p>
          )}
        </div>
      </fieldset>
    </Card>
  );
}
