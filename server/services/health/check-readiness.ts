import "server-only";
import type { Db } from "@/server/db";

export type Check = "ok" | "down";
export type Readiness = { ready: boolean; checks: { configuration: Check; database: Check }; down: string[] };

export type ReadinessDeps = {
  /** Validates the environment (Pusher credentials, Inngest keys in production…): no network call. */
  configuration: () => unknown;
  db: () => Db;
  timeoutMs?: number;
  log?: (line: string) => void;
};

const DEFAULT_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`sem resposta em ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether this instance can serve requests: its configuration is complete and PostgreSQL answers
 * within a short timeout. Pusher and Inngest are not called: a load balancer polls this often,
 * and neither being slow should take the app out of rotation (sends wait in Inngest, pushes are
 * caught up by the clients' refetch).
 */
export async function checkReadiness(deps: ReadinessDeps): Promise<Readiness> {
  const log = deps.log ?? ((line: string) => console.error(line));
  const check = async (name: string, probe: () => Promise<unknown> | unknown): Promise<Check> => {
    try {
      await withTimeout(Promise.resolve().then(probe), deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      return "ok";
    } catch (error) {
      log(`[health] ${name} indisponível: ${error instanceof Error ? error.message : String(error)}`);
      return "down";
    }
  };
  const [configuration, database] = await Promise.all([
    check("configuration", deps.configuration),
    check("database", () => deps.db().$queryRaw`SELECT 1`),
  ]);
  const checks = { configuration, database };
  const down = Object.entries(checks).flatMap(([name, state]) => (state === "down" ? [name] : []));
  return { ready: down.length === 0, checks, down };
}
