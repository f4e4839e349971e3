"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Card } from "@/app/_components/ui/card";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { api } from "@/app/_trpc/client";
import { formatClock, formatDateTime } from "../_lib/format";

const HEIGHT = 220;
const PAD = { left: 40, right: 12, top: 12, bottom: 28 };

// Colour and dash pattern both tell the lines apart (no information by colour alone).
const SERIES = [
  { key: "delivered", stroke: "#0f766e", dash: undefined },
  { key: "read", stroke: "#1d4ed8", dash: "6 4" },
  { key: "replied", stroke: "#b45309", dash: "2 4" },
] as const;

const rate = (count: number, sent: number) => (sent === 0 ? 0 : Math.round((count * 1000) / sent) / 10);

export function ResultsChart({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns.results");
  const results = api.campaigns.results.useQuery({ campaignId });
  const data = results.data;
  return (
    <Card className="flex flex-col gap-3" aria-labelledby="results-title">
      <div>
        <h2 id="results-title" className="font-semibold">
          {t("title")}
        </h2>
        {data?.bucketMinutes ? <p className="text-sm text-ink-muted">{t("description", { minutes: data.bucketMinutes })}</p> : null}
      </div>
      {results.isError ? (
        <p role="alert" className="text-sm text-danger">
          {t("loadError")}
        </p>
      ) : !data ? (
        <Skeleton className="h-56" />
      ) : data.buckets.length === 0 ? (
        <p className="py-6 text-center text-sm text-ink-muted">{t("empty")}</p>
      ) : (
        <Chart buckets={data.buckets} totals={data.totals} />
      )}
    </Card>
  );
}

type Bucket = { at: Date; sent: number; delivered: number; read: number; replied: number };

// The drawing follows its box's width, so its text keeps its size on a phone and on a wide screen.
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(240, Math.floor(entry.contentRect.width))));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

function Chart({ buckets, totals }: { buckets: Bucket[]; totals: Omit<Bucket, "at"> }) {
  const t = useTranslations("campaigns.results");
  const { ref, width: WIDTH } = useWidth(640);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (buckets.length === 1 ? innerW / 2 : (i * innerW) / (buckets.length - 1));
  const y = (percent: number) => PAD.top + innerH - (percent * innerH) / 100;
  const ticks = [0, 25, 50, 75, 100];
  const labelEvery = Math.max(1, Math.ceil(buckets.length / Math.max(2, Math.floor(innerW / 80))));
  return (
    <>
      <ul className="flex flex-wrap gap-4 text-sm" aria-hidden>
        {SERIES.map((s) => (
          <li key={s.key} className="flex items-center gap-2">
            <svg width="28" height="8" aria-hidden>
              <line x1="0" y1="4" x2="28" y2="4" stroke={s.stroke} strokeWidth="3" strokeDasharray={s.dash} />
            </svg>
            {t(s.key)} {t("rate", { rate: rate(totals[s.key], totals.sent) })}
          </li>
        ))}
      </ul>
      <div ref={ref} className="w-full">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} className="block max-w-full" role="img" aria-labelledby="results-chart-label" data-testid="results-chart">
          <title id="results-chart-label">{t("chartLabel")}</title>
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e5e7eb" />
              <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#4b5563">
                {tick}%
              </text>
            </g>
          ))}
          {buckets.map((b, i) =>
            i % labelEvery === 0 ? (
              <text key={+b.at} x={x(i)} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="#4b5563">
                {formatClock(b.at)}
              </text>
            ) : null,
          )}
          {SERIES.map((s) => (
            <polyline key={s.key} fill="none" stroke={s.stroke} strokeWidth="2.5" strokeDasharray={s.dash} points={buckets.map((b, i) => `${x(i)},${y(rate(b[s.key], b.sent))}`).join(" ")} />
          ))}
        </svg>
      </div>
      <p className="text-sm text-ink-muted">{t("totals", totals)}</p>
      <details className="text-sm">
        <summary className="cursor-pointer py-2">{t("tableCaption")}</summary>
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{t("tableCaption")}</caption>
            <thead>
              <tr>
                <th className="px-2 py-1 font-medium">{t("at")}</th>
                {SERIES.map((s) => (
                  <th key={s.key} className="px-2 py-1 font-medium">
                    {t(s.key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {buckets.map((b) => (
                <tr key={+b.at} className="border-t border-line">
                  <td className="px-2 py-1 whitespace-nowrap">{formatDateTime(b.at)}</td>
                  {SERIES.map((s) => (
                    <td key={s.key} className="px-2 py-1">
                      {t("rate", { rate: rate(b[s.key], b.sent) })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
