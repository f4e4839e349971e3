import { randomBytes } from "node:crypto";
import path from "node:path";
import { inject } from "vitest";

// Test-only configuration: a fresh database per run and throwaway secrets.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.CREDENTIALS_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
process.env.META_APP_SECRET ??= "test-meta-app-secret";
process.env.PUSHER_APP_ID ??= "test-app";
process.env.PUSHER_KEY ??= "test-key";
process.env.PUSHER_SECRET ??= "test-secret";
process.env.MEDIA_DIR ??= path.resolve(".data", "test-media");
