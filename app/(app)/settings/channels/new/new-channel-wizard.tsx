"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import { fieldErrors } from "../_components/zod-errors";
import { StepCompany } from "./step-company";
import { StepMeta } from "./step-meta";
import { StepNumber } from "./step-number";
import { StepQueue } from "./step-queue";
import { StepReview } from "./step-review";
import { checkStep, EMPTY_DRAFT, STEPS, toCreateInput, type ChannelDraft, type Step } from "./wizard-draft";

export type StepProps = {
  draft: ChannelDraft;
  set: <K extends keyof ChannelDraft>(field: K, value: ChannelDraft[K]) => void;
  errors: Record<string, string>;
};

// "Novo canal": the seed's prerequisites (§2) one step at a time, then the Meta ids and token.
export function NewChannelWizard() {
  const t = useTranslations("channels.wizard");
  const tv = useTranslations("channels.validation");
  const router = useRouter();
  const toast = useToast();
  const [step, setStep] = useState<Step>("company");
  const [draft, setDraft] = useState<ChannelDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const create = api.channels.create.useMutation({
    onSuccess: ({ id }) => {
      toast({ title: t("created"), tone: "success" });
      router.push(`/settings/channels/${id}?created=1`);
    },
    onError: (error) => {
      if (error.data?.appErrorKey === "channels.phoneNumberIdTaken") {
        goTo("meta");
        setErrors({ phoneNumberId: error.message });
      } else if (error.data?.appErrorKey === "channels.phoneInvalid") {
        goTo("number");
        setErrors({ phoneNumber: error.message });
      } else if (error.data?.appErrorKey === "queues.nameTaken") {
        goTo("queue");
        setErrors({ newQueueName: error.message });
      } else {
        toast({ title: error.message, tone: "error" });
      }
    },
  });

  const index = STEPS.indexOf(step);
  const set: StepProps["set"] = (field, value) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => (e[field] ? { ...e, [field]: "" } : e));
  };

  function goTo(next: Step) {
    setStep(next);
    setErrors({});
    // The new step's heading takes focus so screen readers announce where they are.
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = checkStep(step, draft);
    if (result && !result.success) {
      const found = fieldErrors(result.error);
      setErrors(Object.fromEntries(Object.entries(found).map(([field, key]) => [field, tv(key)])));
      document.getElementById(`channel-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    const next = STEPS[index + 1];
    if (next) return goTo(next);
    create.mutate(toCreateInput(draft));
  }

  const stepProps: StepProps = { draft, set, errors };
  return (
    <div className="flex flex-col gap-6">
      <ol className="flex flex-wrap gap-2 text-sm" aria-label={t("progress")}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            aria-current={s === step ? "step" : undefined}
            className={`rounded-full border px-3 py-1 ${s === step ? "border-brand bg-brand-soft font-medium text-brand" : i < index ? "border-line text-ink" : "border-line text-ink-faint"}`}
          >
            <span className="sr-only">{t("stepOf", { n: i + 1, total: STEPS.length })} </span>
            {i < index ? "✓ " : `${i + 1}. `}
            {t(`steps.${s}`)}
          </li>
        ))}
      </ol>
      <Card>
        <form onSubmit={submit} noValidate className="flex flex-col gap-5">
          <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
            {t(`steps.${step}`)}
          </h2>
          {step === "company" ? <StepCompany {...stepProps} /> : null}
          {step === "number" ? <StepNumber {...stepProps} /> : null}
          {step === "meta" ? <StepMeta {...stepProps} /> : null}
          {step === "queue" ? <StepQueue {...stepProps} /> : null}
          {step === "review" ? <StepReview draft={draft} onEdit={goTo} /> : null}
          <div className="flex flex-wrap justify-between gap-2 border-t border-line pt-4">
            <Button type="button" variant="secondary" onClick={() => (index === 0 ? router.push("/settings/channels") : goTo(STEPS[index - 1] ?? "company"))}>
              {index === 0 ? t("cancel") : t("back")}
            </Button>
            <Button type="submit" disabled={create.isPending} aria-busy={create.isPending}>
              {step === "review" ? (create.isPending ? t("creating") : t("create")) : t("next")}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
