import type { z } from "zod";

// First issue per field, as `validation.<key>` messages (the schemas' messages are catalogue keys).
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    errors[field] ??= issue.message;
  }
  return errors;
}
