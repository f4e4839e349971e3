import "server-only";
// Logs say what failed, never what the request carried: the error's kind and first line only
// (Prisma and PostgreSQL put values in later lines and in `detail`, which stay out).
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = "code" in error ? ` ${String(error.code)}` : "";
  const line = error.message.split("\n").find((l) => l.trim())?.trim().slice(0, 160) ?? "";
  return `${error.name}${code}: ${line}`;
}
