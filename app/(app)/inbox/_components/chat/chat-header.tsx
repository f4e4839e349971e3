"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/app/_components/ui/dropdown-menu";
import { useToast } from "@/app/_components/ui/toast";
import { api } from "@/app/_trpc/client";
import { formatPhoneBR } from "@/server/meta/phone";
import type { ConversationDetail } from "../../_lib/types";
import { Avatar } from "../avatar";
import { AssignDialog } from "./assign-dialog";
import { PresenceViewers } from "./presence-viewers";
import { WindowCountdown } from "./window-countdown";

type Props = {
  conversation: ConversationDetail;
  leadName: string;
  window: { open: boolean; msLeft: number; closingSoon: boolean };
  awaitingReply: boolean;
  panelOpen: boolean;
  onTogglePanel: () => void;
};

export function ChatHeader({ conversation, leadName, window, awaitingReply, panelOpen, onTogglePanel }: Props) {
  const t = useTranslations("inbox.header");
  const toast = useToast();
  const utils = api.useUtils();
  const [assigning, setAssigning] = useState(false);
  const [closing, setClosing] = useState(false);
  const close = api.inbox.close.useMutation({
    onSuccess: () => {
      toast({ title: t("closed"), tone: "success" });
      setClosing(false);
      void utils.inbox.invalidate();
    },
    onError: (error) => toast({ title: error.message, tone: "error" }),
  });
  const { abilities } = conversation;
  return (
    <header className="flex min-h-16 items-center gap-2 border-b border-line bg-surface px-2 py-2 sm:px-4">
      <Link href="/inbox" aria-label={t("back")} className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full text-xl hover:bg-surface-sunken sm:hidden">
        ←
      </Link>
      <div className="flex min-w-0 flex-1 items-center gap-3">
        <Avatar name={leadName} />
        <div className="min-w-0">
          <h2 className="truncate font-semibold" data-testid="chat-title">
            {leadName}
          </h2>
          <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs text-ink-muted">
            {conversation.lead.name && conversation.lead.phoneE164 ? <span>{formatPhoneBR(conversation.lead.phoneE164)}</span> : null}
            <Badge tone={conversation.channel.mode === "ACTIVE" ? "brand" : "neutral"}>{conversation.channel.name}</Badge>
            <span data-testid="chat-assignee">{conversation.assignee ? t("assignee", { name: conversation.assignee.name }) : t("unassigned")}</span>
            <WindowCountdown {...window} awaitingReply={awaitingReply} />
            <PresenceViewers conversationId={conversation.id} />
          </span>
        </div>
      </div>
      <Button variant="ghost" size="icon" onClick={onTogglePanel} aria-expanded={panelOpen} aria-controls="lead-panel" aria-label={t("leadData")} title={t("leadData")}>
        <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="12" cy="12" r="9" />
          <path d="M12 11v6M12 7.5v.5" />
        </svg>
      </Button>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={t("actions")} title={t("actions")}>
            ⋮
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent>
          {abilities.transfer ? <DropdownMenuItem onSelect={() => setAssigning(true)}>{abilities.assign ? t("assign") : t("transfer")}</DropdownMenuItem> : null}
          {abilities.close ? <DropdownMenuItem onSelect={() => setClosing(true)}>{t("close")}</DropdownMenuItem> : null}
          <DropdownMenuItem onSelect={onTogglePanel}>{panelOpen ? t("hidePanel") : t("showPanel")}</DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href={`/leads/${conversation.lead.id}`}>{t("openLead")}</Link>
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <AssignDialog key={conversation.assignee?.id ?? "nobody"} conversation={conversation} open={assigning} onOpenChange={setAssigning} leadName={leadName} />
      <ConfirmDialog
        open={closing}
        onOpenChange={setClosing}
        title={t("closeTitle")}
        description={t("closeDescription", { lead: leadName })}
        confirmLabel={t("close")}
        pending={close.isPending}
        onConfirm={() => close.mutate({ conversationId: conversation.id })}
      />
    </header>
  );
}
