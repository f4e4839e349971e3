"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogContent } from "@/app/_components/ui/dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/app/_components/ui/dropdown-menu";
import { NewConversationForm } from "./new-conversation-form";

// The seed's flow: lead → Comunicador button → "Nova conversa".
export function ComunicadorMenu({ leadId, leadName }: { leadId: string; leadName: string }) {
  const t = useTranslations("leads");
  const [open, setOpen] = useState(false);
  return (
    <>
      {/* Non-modal: a modal menu opening a modal dialog can leave the page unclickable. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button>
            {t("comunicador.button")}
            <span aria-hidden>▾</span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent>
          <DropdownMenuItem onSelect={() => setOpen(true)}>{t("comunicador.newConversation")}</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent title={t("newConversation.title")} description={t("newConversation.description", { lead: leadName })}>
          <NewConversationForm leadId={leadId} onCancel={() => setOpen(false)} />
        </DialogContent>
      </Dialog>
    </>
  );
}
