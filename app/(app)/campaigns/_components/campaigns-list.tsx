"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { HeaderCell, Table, TableHeader } from "@/app/_components/ui/table";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { useWhen } from "../_lib/use-when";
import { CampaignStatusBadge } from "./campaign-status-badge";

type Campaigns = RouterOutputs["campaigns"]["list"];

export function CampaignsList({ initial }: { initial: Campaigns }) {
  const t = useTranslations("campaigns");
  const when = useWhen();
  const campaigns = api.campaigns.list.useQuery(undefined, { initialData: initial });
  if (campaigns.isError) {
    return <EmptyState title={t("loadError")} action={<Button variant="secondary" onClick={() => void campaigns.refetch()}>{t("retry")}</Button>} />;
  }
  const items = campaigns.data ?? [];
  if (items.length === 0) {
    return (
      <EmptyState
        title={t("empty")}
        hint={t("emptyHint")}
        action={
          <Button asChild>
            <Link href="/campaigns/new">{t("new")}</Link>
          </Button>
        }
      />
    );
  }
  return (
    <Table data-testid="campaigns-list">
      <TableHeader>
        <HeaderCell>{t("columns.name")}</HeaderCell>
        <HeaderCell className="hidden md:table-cell">{t("columns.channel")}</HeaderCell>
        <HeaderCell className="hidden lg:table-cell">{t("columns.template")}</HeaderCell>
        <HeaderCell>{t("columns.status")}</HeaderCell>
        <HeaderCell className="hidden sm:table-cell">{t("columns.recipients")}</HeaderCell>
        <HeaderCell className="hidden lg:table-cell">{t("columns.created")}</HeaderCell>
        <HeaderCell className="hidden lg:table-cell">{t("columns.started")}</HeaderCell>
      </TableHeader>
      <tbody>
        {items.map((c) => (
          <tr key={c.id} className="border-t border-line">
            <td className="px-4 py-3">
              <Link href={`/campaigns/${c.id}`} className="font-medium text-brand hover:underline">
                {c.name}
              </Link>
              <p className="text-xs text-ink-muted md:hidden">{c.channel.name}</p>
            </td>
            <td className="hidden px-4 py-3 md:table-cell">{c.channel.name}</td>
            <td className="hidden px-4 py-3 lg:table-cell">{c.template.name}</td>
            <td className="px-4 py-3">
              <CampaignStatusBadge status={c.status} />
            </td>
            <td className="hidden px-4 py-3 text-ink-muted sm:table-cell">{t("countsSummary", c.counts)}</td>
            <td className="hidden px-4 py-3 text-ink-muted lg:table-cell">{when(c.createdAt)}</td>
            <td className="hidden px-4 py-3 text-ink-muted lg:table-cell">{c.startedAt ? when(c.startedAt) : t("notStarted")}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
