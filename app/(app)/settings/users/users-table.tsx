"use client";

import { useTranslations } from "next-intl";
import { Checkbox } from "@/app/_components/ui/checkbox";
import type { RouterOutputs } from "@/app/_trpc/client";
import { UserRow } from "./user-row";
import type { Selection } from "./user-filter";
import { HeaderCell, Table, TableHeader } from "@/app/_components/ui/table";

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
    <Table>
      <TableHeader>
        <th className="w-10 px-4 py-3">
          <Checkbox checked={headerState} onCheckedChange={(c) => toggleAll(c === true)} aria-label={t("selectAllOnPage")} />
        </th>
        <HeaderCell>{t("name")}</HeaderCell>
        <HeaderCell>{t("profile")}</HeaderCell>
        <HeaderCell>{t("status")}</HeaderCell>
        <HeaderCell>{t("communication")}</HeaderCell>
        <HeaderCell hidden>{t("actions")}</HeaderCell>
      </TableHeader>
      <tbody>
        {rows.map((user) => (
          <UserRow key={user.id} user={user} selected={isSelected(user.id)} onSelect={(checked) => toggle(user.id, checked)} />
        ))}
      </tbody>
    </Table>
  );
}
