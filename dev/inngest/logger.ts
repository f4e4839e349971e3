export type Logger = {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
};

export function consoleLogger(prefix = "[inngest-local]"): Logger {
  return {
    info: (message) => console.log(`${prefix} ${message}`),
    warn: (message) => console.warn(`${prefix} ${message}`),
    error: (message) => console.error(`${prefix} ${message}`),
  };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
