"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { api } from "@/app/_trpc/client";
import { formatPhoneBR } from "@/server/meta/phone";
import { RelativeTime } from "../_components/relative-time";

const POLL_MS = 3000;
// "Último webhook" stays current while the page is open, not only during a check.
const IDLE_POLL_MS = 10_000;
const GIVE_UP_MS = 5 * 60 * 1000;

// Seed §6.2 "Faça um teste de recebimento": note the server's time, ask the admin to write to the
// number, poll until an inbound message newer than that arrives.
export function ReceptionCheckCard({ channelId, displayPhoneNumber }: { channelId: string; displayPhoneNumber: string }) {
  const t = useTranslations("channels.reception");
  const format = useFormatter();
  const [since, setSince] = useState<Date | null>(null);
  const [startedAt, setStartedAt] = useState(0);
  const [gaveUp, setGaveUp] = useState(false);
  const status = api.channels.receptionStatus.useQuery({ channelId }, { refetchInterval: since && !gaveUp ? POLL_MS : IDLE_POLL_MS });
  const inbound = status.data?.lastInbound ?? null;
  const arrived = since !== null && inbound !== null && inbound.receivedAt > since;

  useEffect(() => {
    if (!since || arrived || gaveUp) return;
    const timer = setTimeout(() => setGaveUp(true), Math.max(0, GIVE_UP_MS - (Date.now() - startedAt)));
    return () => clearTimeout(timer);
  }, [since, arrived, gaveUp, startedAt]);

  async function start() {
    setGaveUp(false);
    const fresh = await status.refetch();
    // The server's clock, not the browser's: the two may disagree by minutes.
    setSince(fresh.data?.serverTime ?? new Date());
    setStartedAt(Date.now());
  }

  return (
    <Card className="flex flex-col gap-3">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-ink-muted">{t("lastWebhook")}</dt>
        <dd data-testid="last-webhook">{status.data ? <RelativeTime date={status.data.lastWebhookAt} never={t("never")} /> : "…"}</dd>
        <dt className="text-ink-muted">{t("lastInbound")}</dt>
        <dd>
          {inbound ? (
            <>
              <RelativeTime date={inbound.receivedAt} never="" /> · {inbound.leadName ?? (inbound.leadPhone ? formatPhoneBR(inbound.leadPhone) : "—")}
            </>
          ) : (
            <span className="text-ink-muted">{t("none")}</span>
          )}
        </dd>
      </dl>
      <div aria-live="polite" className="text-sm" data-testid="reception-state">
        {since && !arrived && !gaveUp ? (
          <p role="status" className="rounded-md bg-surface-muted p-3">
            <span className="mr-2 inline-block animate-pulse" aria-hidden>
              ●
            </span>
            {t("waiting", { number: displayPhoneNumber })}
          </p>
        ) : null}
        {arrived && inbound ? (
          <div role="status" className="rounded-md border border-success bg-success-soft p-3">
            <p className="font-medium">✓ {t("arrived", { time: format.dateTime(inbound.receivedAt, { timeStyle: "short" }) })}</p>
            <p className="mt-1">
              {inbound.leadName ?? (inbound.leadPhone ? formatPhoneBR(inbound.leadPhone) : "")}: “{inbound.body ?? t(`type.${inbound.type === "TEXT" ? "TEXT" : "OTHER"}`)}”
            </p>
          </div>
        ) : null}
        {gaveUp && !arrived ? (
          <p role="alert" className="rounded-md border border-warning bg-warning-soft p-3">
            {t("gaveUp")}
          </p>
        ) : null}
      </div>
      <div className="flex justify-end gap-2">
        {since && !arrived && !gaveUp ? (
          <Button type="button" variant="secondary" onClick={() => setSince(null)}>
            {t("cancel")}
          </Button>
        ) : (
          <Button type="button" onClick={start} disabled={status.isFetching && !since}>
            {since ? t("again") : t("start")}
          </Button>
        )}
      </div>
    </Card>
  );
}
