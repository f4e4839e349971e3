"use client";

import { useTranslations } from "next-intl";
import { Card } from "@/app/_components/ui/card";
import { Label } from "@/app/_components/ui/label";
import { NativeSelect } from "@/app/_components/ui/native-select";

// The channel's own queue: where its new leads go before its developments decide.
export function LeadQueuePicker({ queues, value, onChange }: { queues: { id: string; name: string }[]; value: string | null; onChange: (id: string | null) => void }) {
  const t = useTranslations("channels.links");
  return (
    <Card>
      <h2 className="mb-1 text-lg font-semibold">{t("queue")}</h2>
      <p id="lead-queue-hint" className="mb-3 text-sm text-ink-muted">
        {t("queueHint")}
      </p>
      <Label htmlFor="lead-queue">{t("queueLabel")}</Label>
      <NativeSelect id="lead-queue" aria-describedby="lead-queue-hint" className="mt-1 max-w-md" value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t("queueByDevelopments")}</option>
        {queues.map((queue) => (
          <option key={queue.id} value={queue.id}>
            {queue.name}
          </option>
        ))}
      </NativeSelect>
      {queues.length === 0 && <p className="mt-2 text-sm text-ink-muted">{t("noQueues")}</p>}
    </Card>
  );
}
