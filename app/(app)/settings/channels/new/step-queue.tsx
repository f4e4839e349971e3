"use client";

import { useTranslations } from "next-intl";
import { Checkbox } from "@/app/_components/ui/checkbox";
import { Label } from "@/app/_components/ui/label";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { RadioCards } from "../_components/radio-cards";
import { TextField } from "../_components/text-field";
import type { StepProps } from "./new-channel-wizard";
import { NEW_QUEUE } from "./wizard-draft";

// Leads of a number nobody's queue serves land "Sem responsável", where brokers never see them:
// the wizard asks for the queue (or creates one) before the number goes live.
export function StepQueue({ draft, set, errors }: StepProps) {
  const t = useTranslations("channels.wizard.queue");
  const options = api.channels.queueOptions.useQuery();
  if (options.isLoading) return <Skeleton className="h-40" />;
  const { queues = [], canCreate = false, brokers = [] } = options.data ?? {};
  const choices = [
    ...queues.map((queue) => ({
      value: queue.id,
      label: queue.name,
      hint: [
        t("members", { count: queue.eligibleMembers }),
        queue.developments.length ? t("developments", { list: queue.developments.join(", ") }) : t("allDevelopments"),
      ].join(" · "),
    })),
    ...(canCreate ? [{ value: NEW_QUEUE, label: t("new"), hint: t("newHint") }] : []),
  ];
  const toggleMember = (id: string, checked: boolean) =>
    set("newQueueMemberIds", checked ? [...draft.newQueueMemberIds, id] : draft.newQueueMemberIds.filter((m) => m !== id));

  return (
    <div className="flex flex-col gap-5">
      <p className="text-sm text-ink-muted">{t("intro")}</p>
      {choices.length === 0 ? (
        <p role="alert" className="rounded-md border border-warning bg-warning-soft p-3 text-sm">
          {t("noneAvailable")}
        </p>
      ) : (
        <div id="channel-queueChoice" tabIndex={-1} className="outline-none">
          <RadioCards name="channel-queue" legend={t("legend")} value={draft.queueChoice} onChange={(value) => set("queueChoice", value)} options={choices} />
          {errors.queueChoice ? (
            <p role="alert" className="mt-1 text-xs text-danger">
              {errors.queueChoice}
            </p>
          ) : null}
        </div>
      )}
      {draft.queueChoice === NEW_QUEUE ? (
        <div className="flex flex-col gap-4 rounded-md border border-line p-4">
          <div className="max-w-sm">
            <TextField
              id="channel-newQueueName"
              label={t("newName")}
              hint={t("newNameHint")}
              error={errors.newQueueName}
              value={draft.newQueueName}
              onChange={(e) => set("newQueueName", e.target.value)}
            />
          </div>
          <fieldset id="channel-newQueueMemberIds" tabIndex={-1} className="flex flex-col gap-2 outline-none">
            <legend className="mb-1 text-sm font-medium">{t("newMembers")}</legend>
            {brokers.length === 0 ? <p className="text-sm text-ink-muted">{t("noBrokers")}</p> : null}
            {brokers.map((broker) => (
              <div key={broker.id} className="flex items-center gap-3">
                <Checkbox
                  id={`queue-member-${broker.id}`}
                  checked={draft.newQueueMemberIds.includes(broker.id)}
                  onCheckedChange={(checked) => toggleMember(broker.id, checked === true)}
                />
                <Label htmlFor={`queue-member-${broker.id}`} className="font-normal">
                  {broker.name}
                </Label>
              </div>
            ))}
            {errors.newQueueMemberIds ? (
              <p role="alert" className="text-xs text-danger">
                {errors.newQueueMemberIds}
              </p>
            ) : null}
          </fieldset>
        </div>
      ) : null}
    </div>
  );
}
