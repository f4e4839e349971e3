"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/app/_components/ui/dialog";
import { Label } from "@/app/_components/ui/label";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import type { ConversationDetail } from "../../_lib/types";

const NOBODY = "__nobody__";

type Props = { conversation: ConversationDetail; open: boolean; onOpenChange: (open: boolean) => void; leadName: string };

// Managers assign to anyone (or back to nobody); the assignee hands it to another broker.
export function AssignDialog({ conversation, open, onOpenChange, leadName }: Props) {
  const t = useTranslations("inbox.assign");
  const toast = useToast();
  const utils = api.useUtils();
  const users = api.inbox.assignableUsers.useQuery(undefined, { enabled: open, staleTime: 60_000 });
  const [choice, setChoice] = useState(conversation.assignee?.id ?? NOBODY);
  const assign = api.inbox.assign.useMutation({
    onSuccess: (_, input) => {
      const name = users.data?.find((u) => u.id === input.assigneeId)?.name;
      toast({ title: name ? t("done", { name }) : t("doneNobody"), tone: "success" });
      onOpenChange(false);
      void utils.inbox.invalidate();
    },
    onError: (error) => toast({ title: error.message, tone: "error" }),
  });
  const options = (users.data ?? []).filter((u) => conversation.abilities.assign || u.id !== conversation.assignee?.id);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={conversation.abilities.assign ? t("titleManager") : t("titleTransfer")} description={t("description", { lead: leadName })}>
        <div className="flex flex-col gap-1">
          <Label htmlFor="assignee">{t("to")}</Label>
          <NativeSelect id="assignee" value={choice} onChange={(e) => setChoice(e.target.value)} disabled={users.isPending}>
            {conversation.abilities.assign ? <option value={NOBODY}>{t("nobody")}</option> : <option value={NOBODY} disabled>{t("choose")}</option>}
            {options.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="mt-6 flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">{t("cancel")}</Button>
          </DialogClose>
          <Button
            disabled={assign.isPending || (choice === NOBODY && !conversation.abilities.assign) || choice === (conversation.assignee?.id ?? NOBODY)}
            onClick={() => assign.mutate({ conversationId: conversation.id, assigneeId: choice === NOBODY ? null : choice })}
          >
            {assign.isPending ? t("saving") : t("confirm")}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
