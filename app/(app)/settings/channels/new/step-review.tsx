"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { api } from "@/app/_trpc/client";
import { formatPhoneBR, toE164 } from "@/server/meta/phone";
import { NEW_QUEUE, type ChannelDraft, type Step } from "./wizard-draft";

export function StepReview({ draft, onEdit }: { draft: ChannelDraft; onEdit: (step: Step) => void }) {
  const t = useTranslations("channels.wizard");
  const tm = useTranslations("channels.modeOption");
  const tq = useTranslations("channels.wizard.queue");
  const options = api.channels.queueOptions.useQuery();
  const e164 = toE164(draft.phoneNumber);
  const queue =
    draft.queueChoice === NEW_QUEUE
      ? tq("reviewNew", { name: draft.newQueueName.trim(), count: draft.newQueueMemberIds.length })
      : (options.data?.queues.find((q) => q.id === draft.queueChoice)?.name ?? "…");
  const sections: { step: Step; rows: [string, string][] }[] = [
    {
      step: "company",
      rows: [
        [t("company.name"), draft.name],
        [t("company.companyName"), draft.companyName],
        [t("company.responsibleEmail"), draft.responsibleEmail],
        [t("company.businessManagerId"), draft.businessManagerId],
        [t("company.expectedMonthlyLeads"), draft.expectedMonthlyLeads],
        [t("company.expectedMonthlyMessages"), draft.expectedMonthlyMessages],
      ],
    },
    {
      step: "number",
      rows: [
        [t("number.phoneNumber"), e164 ? formatPhoneBR(e164) : draft.phoneNumber],
        [t("number.mode"), tm(draft.mode)],
        [t("number.checklist"), t("review.allConfirmed")],
      ],
    },
    {
      step: "meta",
      rows: [
        [t("meta.phoneNumberId"), draft.phoneNumberId],
        [t("meta.wabaId"), draft.wabaId],
        // Never echo the token back, not even here.
        [t("meta.accessToken"), `••••••••${draft.accessToken.trim().slice(-4)}`],
        [t("meta.appSecret"), draft.appSecret.trim() ? "••••••••" : t("review.deploymentSecret")],
      ],
    },
    { step: "queue", rows: [[tq("legend"), queue]] },
  ];
  return (
    <div className="flex flex-col gap-4">
      {sections.map((section) => (
        <section key={section.step} className="rounded-md border border-line p-4">
          <div className="mb-2 flex items-center justify-between gap-2">
            <h3 className="font-medium">{t(`steps.${section.step}`)}</h3>
            <Button type="button" variant="ghost" size="sm" onClick={() => onEdit(section.step)} aria-label={t("review.editNamed", { section: t(`steps.${section.step}`) })}>
              {t("review.edit")}
            </Button>
          </div>
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[14rem_1fr]">
            {section.rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-ink-muted">{label}</dt>
                <dd className="break-all">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="rounded-md bg-surface-muted p-3 text-sm">{t("review.verifyTokenNote")}</p>
    </div>
  );
}
