import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { checkReadiness } from "@/server/services/health/check-readiness";

// Readiness for load balancers and orchestrators: 503 names the dependency that is down.
export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness({ configuration: env, db: getDb });
  const body = readiness.ready ? { status: "ready", checks: readiness.checks } : { status: "unavailable", down: readiness.down, checks: readiness.checks };
  return Response.json(body, { status: readiness.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
}
