import "server-only";
// Domain errors: services throw these; tRPC maps `code`, the UI shows the catalogue text for `key`.
export type AppErrorCode = "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS" | "PRECONDITION_FAILED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    // Key under `errors.` in server/i18n/messages/*.json.
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "AppError";
  }
}
