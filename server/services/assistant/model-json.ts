import "server-only";
import type { z } from "zod";
import { AppError } from "@/server/errors";

// Models wrap JSON in prose or ``` fences more often than not: the object is taken from the first
// "{" to the last "}". Anything that is not the asked shape is the broker's pt-BR error, never a crash.
export function parseModelJson<T>(text: string, schema: z.ZodType<T>): T {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start) throw malformed();
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start, end + 1));
  } catch {
    throw malformed();
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw malformed();
  return parsed.data;
}

const malformed = () => new AppError("PRECONDITION_FAILED", "leads.assistantAnswerMalformed");
