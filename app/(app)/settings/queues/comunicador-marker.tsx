"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { Checkbox } from "@/app/_components/ui/checkbox";
import { FieldError } from "@/app/_components/ui/field-error";
import { InputField } from "@/app/_components/ui/input-field";
import { Label } from "@/app/_components/ui/label";
import { COMUNICADOR_QUEUE_TAG, isComunicadorQueue } from "@/server/services/queues/comunicador-queue";
import { QueueFormSection } from "./queue-form-section";

type Props = { tag: string; onTag: (tag: string) => void; flag: boolean; onFlag: (flag: boolean) => void; tagError?: string; markerError?: string };

// The seed's rule, explained where it is filled in: the tag cvcrmcomunicador or the flag, at least one.
export function ComunicadorMarker({ tag, onTag, flag, onFlag, tagError, markerError }: Props) {
  const t = useTranslations("queues.form");
  const marked = isComunicadorQueue({ tag, comunicadorFlag: flag });
  return (
    <QueueFormSection id="queue-marker" legend={t("identification")} hint={t("identificationHint")}>
      <div className="flex flex-col gap-4">
        <InputField
          id="queue-tag"
          label={t("tag")}
          error={tagError}
          value={tag}
          placeholder={COMUNICADOR_QUEUE_TAG}
          onChange={(e) => onTag(e.target.value)}
          className="max-w-xs"
          action={
            tag.trim().toLowerCase() === COMUNICADOR_QUEUE_TAG ? null : (
              <Button type="button" variant="secondary" onClick={() => onTag(COMUNICADOR_QUEUE_TAG)}>
                {t("useSuggestedTag")}
              </Button>
            )
          }
        />
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
    </QueueFormSection>
  );
}
