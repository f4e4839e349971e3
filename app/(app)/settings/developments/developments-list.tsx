"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { SearchInput } from "@/app/_components/ui/input";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { CreateDevelopmentDialog } from "./create-development-dialog";
import { HeaderCell, Table, TableHeader } from "@/app/_components/ui/table";

export function DevelopmentsList() {
  const t = useTranslations("developments");
  const developments = api.developments.list.useQuery();
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search).trim().toLocaleLowerCase("pt-BR");

  if (developments.isLoading) return <Skeleton className="h-64" />;
  if (developments.error) return <EmptyState title={developments.error.message} />;
  if (!developments.data?.length) return <EmptyState title={t("empty")} hint={t("emptyHint")} action={<CreateDevelopmentDialog />} />;
  const shown = developments.data.filter((d) => !query || [d.name, d.city, d.address].some((v) => v?.toLocaleLowerCase("pt-BR").includes(query)));
  return (
    <div className="flex flex-col gap-4">
      <SearchInput label={t("search")} placeholder={t("search")} value={search} onSearch={setSearch} className="max-w-sm" />
      {shown.length === 0 ? (
        <EmptyState title={t("noMatch")} />
      ) : (
        <Table>
          <TableHeader>
            <HeaderCell>{t("columns.name")}</HeaderCell>
            <HeaderCell>{t("columns.location")}</HeaderCell>
            <HeaderCell>{t("columns.media")}</HeaderCell>
            <HeaderCell>{t("columns.channels")}</HeaderCell>
          </TableHeader>
          <tbody>
            {shown.map((d) => (
              <tr key={d.id} className="border-t border-line">
                <td className="px-4 py-3">
                  <Link href={`/settings/developments/${d.id}`} className="font-medium text-brand hover:underline">
                    {d.name}
                  </Link>
                  {d.address ? <div className="text-ink-muted">{d.address}</div> : null}
                </td>
                <td className="px-4 py-3">{[d.city, d.state].filter(Boolean).join(" / ") || "—"}</td>
                <td className="px-4 py-3">{t("mediaCount", { count: d.mediaCount })}</td>
                <td className="px-4 py-3">{t("channelCount", { count: d.channelCount })}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
