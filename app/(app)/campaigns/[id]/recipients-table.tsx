"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { recipientReasonText } from "@/app/_i18n/campaign-texts";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { SearchInput } from "@/app/_components/ui/input";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { HeaderCell, Table, TableHeader } from "@/app/_components/ui/table";
import { api, type RouterOutputs } from "@/app/_trpc/client";
import { formatPhoneBR } from "@/server/meta/phone";
import { DERIVED_RECIPIENT_STATUSES, type DerivedRecipientStatus } from "@/server/services/campaigns/recipient-states";
import { useDebounced } from "../../leads/_lib/use-debounced";
import { RecipientStatusBadge } from "../_components/recipient-status-badge";
import { useWhen } from "../_lib/use-when";

type Recipient = RouterOutputs["campaigns"]["recipients"]["items"][number];

const lastEvent = (r: Recipient) => r.repliedAt ?? r.readAt ?? r.deliveredAt ?? r.sentAt;

export function RecipientsTable({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns.recipients");
  const tAll = useTranslations();
  const when = useWhen();
  const [status, setStatus] = useState<DerivedRecipientStatus | "">("");
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(0);
  const term = useDebounced(search.trim());
  const recipients = api.campaigns.recipients.useQuery({ campaignId, status: status || null, search: term || null, page }, { placeholderData: keepPreviousData });
  const data = recipients.data;
  const filtered = Boolean(status || term);
  const reasonOf = (r: Recipient) => {
    const text = r.reason ? recipientReasonText(tAll, r.reason) : "";
    return r.status === "HELD" && r.notBefore ? `${text} (${tAll("campaigns.heldUntil", { when: when(r.notBefore) })})` : text;
  };

  return (
    <Card className="flex flex-col gap-3" aria-labelledby="recipients-title">
      <h2 id="recipients-title" className="font-semibold">
        {t("title")}
      </h2>
      <div className="flex flex-wrap gap-2">
        <SearchInput label={t("searchLabel")} placeholder={t("searchPlaceholder")} value={search} onSearch={(v) => (setSearch(v), setPage(0))} className="max-w-sm" />
        <NativeSelect aria-label={t("statusFilter")} value={status} className="w-auto" data-testid="recipient-status-filter" onChange={(e) => (setStatus(e.target.value as DerivedRecipientStatus | ""), setPage(0))}>
          <option value="">{t("allStatuses")}</option>
          {DERIVED_RECIPIENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tAll(`campaigns.recipientStatus.${s}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      {recipients.isError ? (
        <p role="alert" className="text-sm text-danger">
          {t("loadError")}{" "}
          <Button variant="ghost" size="sm" onClick={() => void recipients.refetch()}>
            {tAll("campaigns.retry")}
          </Button>
        </p>
      ) : !data ? (
        <div aria-busy className="flex flex-col gap-2">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-10" />
          ))}
        </div>
      ) : data.items.length === 0 ? (
        <p className="py-6 text-center text-sm text-ink-muted">{filtered ? t("noResults") : t("empty")}</p>
      ) : (
        <>
          <Table data-testid="recipients-table" aria-busy={recipients.isFetching}>
            <TableHeader>
              <HeaderCell>{t("lead")}</HeaderCell>
              <HeaderCell className="hidden md:table-cell">{t("phone")}</HeaderCell>
              <HeaderCell>{t("status")}</HeaderCell>
              <HeaderCell className="hidden sm:table-cell">{t("reason")}</HeaderCell>
              <HeaderCell className="hidden lg:table-cell">{t("when")}</HeaderCell>
            </TableHeader>
            <tbody>
              {data.items.map((r) => {
                const reason = reasonOf(r);
                const last = lastEvent(r);
                return (
                  <tr key={r.id} className="border-t border-line align-top" data-testid="recipient-row">
                    <td className="px-4 py-3">
                      <span className="font-medium">{r.leadName ?? t("unnamed")}</span>
                      <p className="text-xs text-ink-muted md:hidden">{r.phone ? formatPhoneBR(r.phone) : ""}</p>
                      {reason ? <p className="text-xs text-ink-muted sm:hidden">{reason}</p> : null}
                    </td>
                    <td className="hidden px-4 py-3 whitespace-nowrap md:table-cell">{r.phone ? formatPhoneBR(r.phone) : ""}</td>
                    <td className="px-4 py-3">
                      <RecipientStatusBadge status={r.status} />
                    </td>
                    <td className="hidden px-4 py-3 text-ink-muted sm:table-cell" data-testid="recipient-reason">
                      {reason}
                    </td>
                    <td className="hidden px-4 py-3 whitespace-nowrap text-ink-muted lg:table-cell">{last ? when(last) : ""}</td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className="text-ink-muted">{t("pageInfo", { from: page * data.pageSize + 1, to: page * data.pageSize + data.items.length, total: data.total })}</span>
            <div className="flex gap-2">
              <Button variant="secondary" size="sm" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
                {t("previous")}
              </Button>
              <Button variant="secondary" size="sm" disabled={(page + 1) * data.pageSize >= data.total} onClick={() => setPage((p) => p + 1)}>
                {t("next")}
              </Button>
            </div>
          </div>
        </>
      )}
    </Card>
  );
}
