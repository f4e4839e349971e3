import "server-only";
import type { AssistantFeature } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";

export const USAGE_DAYS = 30;
// The screens show days as brokers live them.
const TIME_ZONE = "America/Sao_Paulo";

export type Usage = { requests: number; errors: number; inputTokens: number; outputTokens: number };
export type FeatureUsage = Usage & { feature: AssistantFeature };
export type DayUsage = { day: string; features: FeatureUsage[]; total: Usage };

type Row = { day: string; feature: AssistantFeature; requests: bigint; errors: bigint; inputTokens: bigint; outputTokens: bigint };

const zero = (): Usage => ({ requests: 0, errors: 0, inputTokens: 0, outputTokens: 0 });
const add = (sum: Usage, part: Usage): Usage => ({
  requests: sum.requests + part.requests,
  errors: sum.errors + part.errors,
  inputTokens: sum.inputTokens + part.inputTokens,
  outputTokens: sum.outputTokens + part.outputTokens,
});

/** Requests, errors and tokens per São Paulo day and feature, today and the 29 days before, newest first. */
export async function assistantUsage(db: Db, channelId: string, now = new Date()): Promise<{ days: DayUsage[]; total: Usage }> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT to_char(("createdAt" AT TIME ZONE ${TIME_ZONE}::text)::date, 'YYYY-MM-DD') AS day,
           feature::text AS feature,
           count(*) AS requests,
           count(*) FILTER (WHERE outcome = 'ERROR') AS errors,
           coalesce(sum("inputTokens"), 0)::bigint AS "inputTokens",
           coalesce(sum("outputTokens"), 0)::bigint AS "outputTokens"
    FROM "AssistantCall"
    WHERE "channelId" = ${channelId}
      AND "createdAt" >= (date_trunc('day', ${now}::timestamptz AT TIME ZONE ${TIME_ZONE}::text) - make_interval(days => ${USAGE_DAYS - 1}::int)) AT TIME ZONE ${TIME_ZONE}::text
    GROUP BY 1, 2
    ORDER BY 1 DESC, 2`;
  const days = new Map<string, DayUsage>();
  for (const row of rows) {
    const usage: FeatureUsage = {
      feature: row.feature,
      requests: Number(row.requests),
      errors: Number(row.errors),
      inputTokens: Number(row.inputTokens),
      outputTokens: Number(row.outputTokens),
    };
    const day = days.get(row.day) ?? { day: row.day, features: [], total: zero() };
    day.features.push(usage);
    day.total = add(day.total, usage);
    days.set(row.day, day);
  }
  const list = [...days.values()];
  return { days: list, total: list.reduce((sum, day) => add(sum, day.total), zero()) };
}
