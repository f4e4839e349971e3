import "server-only";
// Unique violations, deadlocks and serialization failures between concurrent deliveries of the
// same payload clear up on a second try: the other transaction has committed by then.
const RETRYABLE_PRISMA = new Set(["P2002", "P2034"]);
const RETRYABLE_POSTGRES = new Set(["23505", "40001", "40P01"]);

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" && key in value ? (value as Record<string, unknown>)[key] : undefined;
}

export function isConflict(error: unknown): boolean {
  const code = field(error, "code");
  if (typeof code === "string" && RETRYABLE_PRISMA.has(code)) return true;
  const causes = [field(error, "cause"), field(field(field(error, "meta"), "driverAdapterError"), "cause")];
  return causes.some((cause) => {
    const original = field(cause, "originalCode");
    return typeof original === "string" && RETRYABLE_POSTGRES.has(original);
  });
}

export async function retryOnConflict<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * 10 + Math.random() * 20));
    }
  }
}
