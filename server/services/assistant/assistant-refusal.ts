import "server-only";
import { AppError } from "@/server/errors";

// Refusals that say the assistant may not run here (switch off, no provider, no speech-to-text
// model): background work skips silently on these, the broker's own request shows them.
const NOT_HERE = new Set(["assistant.disabledForChannel", "assistant.notConfigured", "assistant.transcriptionOff"]);

export const isAssistantOff = (error: unknown) => error instanceof AppError && NOT_HERE.has(error.key);
