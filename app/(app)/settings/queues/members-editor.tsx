"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { SelectField } from "@/app/_components/ui/select-field";
import type { RouterOutputs } from "@/app/_trpc/client";
import { pickNextAssignee } from "@/server/services/queues/next-assignee";
import { QueueFormSection } from "./queue-form-section";

type User = RouterOutputs["queues"]["formOptions"]["users"][number];
type Props = { memberIds: string[]; onChange: (ids: string[]) => void; users: User[]; lastAssignedUserId: string | null };

function move(ids: string[], from: number, to: number) {
  const next = [...ids];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function MembersEditor({ memberIds, onChange, users, lastAssignedUserId }: Props) {
  const t = useTranslations("queues.form");
  const byId = new Map(users.map((u) => [u.id, u]));
  const members = memberIds.flatMap((id) => {
    const user = byId.get(id);
    return user ? [{ ...user, userId: id }] : [];
  });
  const candidates = users.filter((u) => !memberIds.includes(u.id));
  const next = pickNextAssignee(members, lastAssignedUserId);
  const reasonText = (u: User) => u.reasons.map((r) => t(`reasons.${r}`)).join(", ");

  return (
    <QueueFormSection id="queue-members" legend={t("membersLegend")} hint={t("membersHint")}>
      {members.length === 0 ? <p className="mb-3 text-sm text-ink-muted">{t("noMembers")}</p> : null}
      <ol className="mb-4 flex flex-col divide-y divide-line rounded-md border border-line" aria-label={t("membersLegend")}>
        {members.map((m, index) => (
          <li key={m.userId} className="flex flex-wrap items-center gap-3 px-3 py-2" data-testid={`member-${m.name}`}>
            <span className="w-8 text-sm text-ink-muted">{t("position", { position: index + 1 })}</span>
            <div className="min-w-0 flex-1">
              <div className="font-medium">{m.name}</div>
              <div className="text-xs text-ink-muted">{m.email}</div>
            </div>
            {m.reasons.map((r) => (
              <Badge key={r} tone="warning">
                {t(`reasons.${r}`)}
              </Badge>
            ))}
            <div className="flex gap-1">
              <Button type="button" variant="ghost" size="sm" disabled={index === 0} onClick={() => onChange(move(memberIds, index, index - 1))} aria-label={t("moveUp", { name: m.name })}>
                ↑
              </Button>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                disabled={index === members.length - 1}
                onClick={() => onChange(move(memberIds, index, index + 1))}
                aria-label={t("moveDown", { name: m.name })}
              >
                ↓
              </Button>
              <Button type="button" variant="ghost" size="sm" onClick={() => onChange(memberIds.filter((id) => id !== m.userId))} aria-label={t("remove", { name: m.name })}>
                ✕
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <SelectField
        id="queue-add-member"
        label={t("addMember")}
        value=""
        onChange={(e) => e.target.value && onChange([...memberIds, e.target.value])}
        className="max-w-md"
        disabled={candidates.length === 0}
      >
        <option value="">{t("chooseMember")}</option>
        {candidates.map((u) => (
          <option key={u.id} value={u.id}>
            {u.eligible ? u.name : t("ineligibleOption", { name: u.name, reasons: reasonText(u) })}
          </option>
        ))}
      </SelectField>
      <p role="status" data-testid="next-preview" className={next ? "mt-4 text-sm font-medium" : "mt-4 text-sm font-medium text-warning"}>
        {next ? t("nextPreview", { name: next.name }) : `⚠ ${t("nextPreviewNone")}`}
      </p>
    </QueueFormSection>
  );
}
