"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogContent } from "@/app/_components/ui/dialog";
import { useToast } from "@/app/_components/ui/toast";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { QualificationDialogBody } from "./qualification-dialog";

type Lead = RouterOutputs["leads"]["get"];
type Proposal = RouterOutputs["leads"]["qualify"];

// The lead page's assistant: "Resumir conversa" writes a summary on the history; "Qualificar com IA"
// proposes fields the broker confirms. When the assistant may not run, the reason is said here.
export function AssistantActions({ lead }: { lead: Lead }) {
  const t = useTranslations("leads");
  const toast = useToast();
  const router = useRouter();
  const utils = api.useUtils();
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const summarize = api.leads.summarize.useMutation({
    onSuccess: async () => {
      toast({ title: t("assistant.summarized"), tone: "success" });
      await utils.leads.history.invalidate({ leadId: lead.id });
    },
  });
  const qualify = api.leads.qualify.useMutation({ onSuccess: setProposal });
  const failure = summarize.error ?? qualify.error;

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap justify-end gap-2">
        <Button
          variant="secondary"
          disabled={summarize.isPending}
          aria-busy={summarize.isPending}
          onClick={() => {
            qualify.reset();
            summarize.mutate({ leadId: lead.id });
          }}
        >
          {summarize.isPending ? t("assistant.summarizing") : t("assistant.summarize")}
        </Button>
        <Button
          variant="secondary"
          disabled={qualify.isPending}
          aria-busy={qualify.isPending}
          onClick={() => {
            summarize.reset();
            qualify.mutate({ leadId: lead.id });
          }}
        >
          {qualify.isPending ? t("assistant.qualifying") : t("assistant.qualify")}
        </Button>
      </div>
      {failure ? (
        <p role="alert" className="max-w-md text-right text-sm text-danger" data-testid="assistant-error">
          {failure.message}
        </p>
      ) : null}
      <Dialog open={proposal !== null} onOpenChange={(open) => !open && setProposal(null)}>
        {proposal ? (
          <DialogContent title={t("assistant.dialogTitle")} description={t("assistant.dialogDescription")}>
            <QualificationDialogBody
              lead={lead}
              proposal={proposal}
              onCancel={() => setProposal(null)}
              onSaved={() => {
                setProposal(null);
                toast({ title: t("assistant.saved"), tone: "success" });
                void utils.leads.history.invalidate({ leadId: lead.id });
                router.refresh();
              }}
            />
          </DialogContent>
        ) : null}
      </Dialog>
    </div>
  );
}
