"use client";

import { useTranslations } from "next-intl";
import { Checkbox } from "@/app/_components/ui/checkbox";
import type { RouterOutputs } from "@/app/_trpc/client";
import { UserRow } from "./user-row";
import type { Selection } from "./user-filter";

export type UserListRow = RouterOutputs["users"]["list"][number];

type Props = { rows: UserListRow[]; selection: Selection; onSelection: (selection: Selection) => void };

export function UsersTable({ rows, selection, onSelection }: Props) {
  const t = useTranslations("users");
  const isSelected = (id: string) => selection.mode === "filter" || selection.ids.has(id);
  const selectedOnPage = rows.filter((r) => isSelected(r.id)).length;
  const headerState = selectedOnPage === 0 ? false : selectedOnPage === rows.length ? true : "indeterminate";

  function toggle(id: string, checked: boolean) {
    // Unticking one row of "everyone matching" leaves the loaded rows, minus that one, selected.
    const ids = new Set(selection.mode === "filter" ? rows.map((r) => r.id) : selection.ids);
    if (checked) ids.add(id);
    else ids.delete(id);
    onSelection({ mode: "ids", ids });
  }

  function toggleAll(checked: boolean) {
    onSelection({ mode: "ids", ids: new Set(checked ? rows.map((r) => r.id) : []) });
  }

  return (
    <div className="overflow-x-auto rounded-card border border-line bg-surface">
      <table className="w-full text-sm">
        <thead className="bg-surface-muted text-left text-ink-muted">
          <tr>
            <th className="w-10 px-4 py-3">
              <Checkbox checked={headerState} onCheckedChange={(c) => toggleAll(c === true)} aria-label={t("selectAllOnPage")} />
            </th>
            <th className="px-4 py-3 font-medium">{t("name")}</th>
            <th className="px-4 py-3 font-medium">{t("profile")}</th>
            <th className="px-4 py-3 font-medium">{t("status")}</th>
            <th className="px-4 py-3 font-medium">{t("communication")}</th>
            <th className="px-4 py-3 font-medium">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((user) => (
            <UserRow key={user.id} user={user} selected={isSelected(user.id)} onSelect={(checked) => toggle(user.id, checked)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
