"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/app/_components/ui/badge";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { cn } from "@/app/_components/ui/cn";
import { api } from "@/app/_trpc/client";
import { formatPhoneBR } from "@/server/meta/phone";
import { formatFullDate, formatListTime } from "../../_lib/format";
import { useNow } from "../../_lib/use-now";

type Props = { conversationId: string; open: boolean; onClose: () => void };

// Beside the chat on wide screens; a sheet over it on smaller ones.
export function LeadPanel({ conversationId, open, onClose }: Props) {
  const t = useTranslations("inbox.leadPanel");
  const tInbox = useTranslations("inbox");
  const now = useNow(60_000);
  const panel = api.inbox.leadPanel.useQuery({ conversationId }, { enabled: open });
  if (!open) return null;
  const data = panel.data;
  return (
    <>
      <button type="button" aria-label={t("close")} onClick={onClose} className="fixed inset-0 z-30 bg-black/30 lg:hidden" />
      <aside
        id="lead-panel"
        aria-label={t("title")}
        className={cn("fixed inset-y-0 right-0 z-40 flex w-full max-w-[320px] flex-col overflow-y-auto border-l border-line bg-surface max-sm:max-w-full", "lg:static lg:z-auto lg:w-80 lg:shrink-0")}
      >
        <div className="flex items-center justify-between border-b border-line px-4 py-3">
          <h2 className="font-semibold">{t("title")}</h2>
          <button type="button" onClick={onClose} aria-label={t("close")} className="h-10 w-10 rounded-full text-xl text-ink-muted hover:bg-surface-sunken">
            ×
          </button>
        </div>
        {!data ? (
          <div className="flex flex-col gap-3 p-4">
            <Skeleton className="h-6 w-2/3" />
            <Skeleton className="h-20" />
          </div>
        ) : (
          <div className="flex flex-col gap-5 p-4 text-sm">
            <section>
              <p className="text-base font-semibold">{data.lead.name ?? tInbox("unnamedLead")}</p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="text-ink-muted">{t("phone")}</dt>
                <dd>{data.lead.phoneE164 ? formatPhoneBR(data.lead.phoneE164) : "—"}</dd>
                <dt className="text-ink-muted">{t("email")}</dt>
                <dd className="truncate">{data.lead.email ?? "—"}</dd>
                <dt className="text-ink-muted">{t("origin")}</dt>
                <dd>{t(`origins.${data.lead.origin}`)}</dd>
                <dt className="text-ink-muted">{t("owner")}</dt>
                <dd>{data.lead.owner?.name ?? t("noOwner")}</dd>
                <dt className="text-ink-muted">{t("queue")}</dt>
                <dd>{data.lead.queue?.name ?? "—"}</dd>
                {data.lead.marketingOptOutAt ? (
                  <>
                    <dt className="text-ink-muted">{t("promotions")}</dt>
                    <dd className="text-warning" data-testid="lead-panel-opted-out">
                      {t("optedOut")}
                    </dd>
                  </>
                ) : null}
              </dl>
              <Link href={`/leads/${data.lead.id}`} className="mt-3 inline-block font-medium text-brand underline">
                {t("openLead")}
              </Link>
            </section>
            <section>
              <h3 className="mb-1 font-medium">{t("developments")}</h3>
              {data.lead.developments.length ? (
                <ul className="flex flex-col gap-0.5">
                  {data.lead.developments.map((d) => (
                    <li key={d.id}>
                      {d.name}
                      {d.city ? <span className="text-ink-muted"> · {d.city}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-ink-muted">{t("noDevelopments")}</p>
              )}
            </section>
            <section>
              <h3 className="mb-1 font-medium">{t("tags")}</h3>
              {data.lead.tags.length ? (
                <div className="flex flex-wrap gap-1">
                  {data.lead.tags.map((tag) => (
                    <Badge key={tag.id}>{tag.name}</Badge>
                  ))}
                </div>
              ) : (
                <p className="text-ink-muted">{t("noTags")}</p>
              )}
            </section>
            {data.otherConversations.length ? (
              <section>
                <h3 className="mb-1 font-medium">{t("otherConversations")}</h3>
                <ul className="flex flex-col gap-1">
                  {data.otherConversations.map((c) => (
                    <li key={c.id}>
                      <Link href={`/inbox/${c.id}`} className="text-brand underline">
                        {c.channel.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <section>
              <h3 className="mb-1 font-medium">{t("history")}</h3>
              <ol className="flex flex-col gap-1.5">
                {data.history.map((event) => (
                  <li key={event.id} className="flex justify-between gap-2">
                    <span>
                      {t(`eventTypes.${event.type}`)}
                      {event.actor ? <span className="text-ink-muted"> · {event.actor.name}</span> : null}
                    </span>
                    <time className="shrink-0 text-xs text-ink-faint" title={formatFullDate(event.createdAt)} suppressHydrationWarning>
                      {formatListTime(event.createdAt, now, { today: tInbox("today"), yesterday: tInbox("yesterday") })}
                    </time>
                  </li>
                ))}
              </ol>
            </section>
          </div>
        )}
      </aside>
    </>
  );
}
