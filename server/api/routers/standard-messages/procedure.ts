import "server-only";
import { permissionProcedure } from "@/server/api/trpc";
import { Permission } from "@/server/auth/permissions";

// Brokers manage their personal messages; managers the global ones. The service checks which.
export const standardMessagesProcedure = permissionProcedure(Permission.INBOX_USE, Permission.STANDARD_MESSAGES_MANAGE);
