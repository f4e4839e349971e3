"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Switch } from "@/app/_components/ui/switch";
import { useToast } from "@/app/_components/ui/toast";
import { api, type RouterOutputs } from "@/app/_trpc/client";

type Queue = RouterOutputs["queues"]["list"][number];

export function QueueCard({ queue }: { queue: Queue }) {
  const t = useTranslations("queues");
  const toast = useToast();
  const utils = api.useUtils();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const onError = (e: { message: string }) => toast({ title: e.message, tone: "error" });
  const setEnabled = api.queues.setEnabled.useMutation({
    onSuccess: (_, input) => toast({ title: t(input.enabled ? "enabledDone" : "disabledDone", { name: queue.name }), tone: "success" }),
    onError,
    onSettled: () => utils.queues.list.invalidate(),
  });
  const remove = api.queues.delete.useMutation({
    onSuccess: () => {
      setConfirmDelete(false);
      toast({ title: t("deleted", { name: queue.name }), tone: "success" });
    },
    onError,
    onSettled: () => utils.queues.list.invalidate(),
  });
  const ineligible = queue.members.filter((m) => !m.eligible).length;

  return (
    <Card className="flex flex-col gap-3" data-testid={`queue-${queue.name}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="font-semibold">{queue.name}</h2>
          <div className="mt-1 flex flex-wrap gap-1">
            <Badge tone={queue.enabled ? "success" : "neutral"}>{queue.enabled ? t("enabled") : t("disabled")}</Badge>
            <Badge tone="brand">{t(`origins.${queue.origin as "CHAT_ONLINE" | "CHATBOT"}`)}</Badge>
            {queue.tag ? <Badge>{t("markerTag", { tag: queue.tag })}</Badge> : null}
            {queue.comunicadorFlag ? <Badge>{t("markerFlag")}</Badge> : null}
            {queue.isComunicador ? null : <Badge tone="warning">{t("notComunicador")}</Badge>}
          </div>
        </div>
        <div className="flex items-center gap-2">
          <Switch
            checked={queue.enabled}
            disabled={setEnabled.isPending}
            aria-label={t("toggleEnabled", { name: queue.name })}
            onCheckedChange={(enabled) => setEnabled.mutate({ id: queue.id, enabled })}
          />
          <Button asChild variant="ghost" size="sm">
            <Link href={`/settings/queues/${queue.id}`} aria-label={`${t("edit")} ${queue.name}`}>
              {t("edit")}
            </Link>
          </Button>
          <Button variant="ghost" size="sm" className="text-danger" onClick={() => setConfirmDelete(true)} aria-label={`${t("delete")} ${queue.name}`}>
            {t("delete")}
          </Button>
        </div>
      </div>
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-ink-muted">{t("members")}</dt>
          <dd>
            {t("memberSummary", { count: queue.members.length })}
            {ineligible ? <span className="text-warning"> · {t("ineligibleSummary", { count: ineligible })}</span> : null}
          </dd>
          <dd className="text-ink-muted">{queue.members.map((m) => m.name).join(", ")}</dd>
        </div>
        <div>
          <dt className="text-ink-muted">{t("developments")}</dt>
          <dd>{queue.developments.length ? queue.developments.map((d) => d.name).join(", ") : t("anyDevelopment")}</dd>
        </div>
        <div>
          <dt className="sr-only">{t("nextLeadLabel")}</dt>
          <dd data-testid="next-assignee" className={queue.nextAssignee ? "font-medium" : "font-medium text-warning"}>
            {queue.nextAssignee ? t("nextLead", { name: queue.nextAssignee.name }) : `⚠ ${t("nobodyNext")}`}
          </dd>
        </div>
      </dl>
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={t("deleteTitle", { name: queue.name })}
        description={t("deleteDescription", { count: queue.leadCount })}
        confirmLabel={t("delete")}
        tone="danger"
        pending={remove.isPending}
        onConfirm={() => remove.mutate({ id: queue.id })}
      />
    </Card>
  );
}
