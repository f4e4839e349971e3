import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// Generated once into .data/ for the embedded, all-local set-up. A real deployment sets them in
// its environment instead (the launcher refuses to generate them when DATABASE_URL is set).
const GENERATED = {
  AUTH_SECRET: () => randomBytes(32).toString("base64url"),
  CREDENTIALS_ENCRYPTION_KEY: () => randomBytes(32).toString("base64"),
  META_APP_SECRET: () => randomBytes(24).toString("hex"),
  PUSHER_APP_ID: () => "comunicador-local",
  PUSHER_KEY: () => randomBytes(10).toString("hex"),
  PUSHER_SECRET: () => randomBytes(20).toString("hex"),
  // The AI stand-in asks for it as OpenAI asks for a key, so the demo sends one the way production does.
  AI_STAND_IN_API_KEY: () => `sk-stand-in-${randomBytes(16).toString("hex")}`,
} as const;

export type LocalSecrets = Record<keyof typeof GENERATED, string>;

export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, "secrets.json");
  const stored: Partial<LocalSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const secrets = Object.fromEntries(
    Object.entries(GENERATED).map(([name, make]) => [name, stored[name as keyof LocalSecrets] ?? make()]),
  ) as LocalSecrets;
  if (Object.keys(stored).length !== Object.keys(secrets).length) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
