import "server-only";
import type { Db } from "@/server/db";
import { describeError } from "./describe-error";

// 30 s, 1 min, 2 min, 4 min… between tries of an event that failed.
const FIRST_RETRY_SECONDS = 30;

/** Counts a failed application of these events, keeps its error and when to try again. */
export async function recordApplyFailure(db: Db, ids: string[], error: unknown) {
  const reason = `falha ao aplicar: ${describeError(error)}`.slice(0, 1000);
  console.error(`[webhook] ${ids.length === 1 ? `evento ${ids[0]}` : `${ids.length} eventos`} não aplicado(s): ${describeError(error)}`);
  if (ids.length === 0) return;
  await db.$executeRaw`
    UPDATE "WebhookEvent" SET "attempts" = "attempts" + 1, "error" = ${reason},
      "retryAt" = now() + make_interval(secs => ${FIRST_RETRY_SECONDS} * power(2, "attempts"))
    WHERE "id" = ANY(${ids}::text[]) AND "processedAt" IS NULL`.catch((failure: unknown) =>
    console.error(`[webhook] falha ao registrar o erro: ${describeError(failure)}`),
  );
}
