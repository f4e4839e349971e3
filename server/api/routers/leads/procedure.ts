import "server-only";
import { Permission } from "@/server/auth/permissions";
import { permissionProcedure } from "@/server/api/trpc";

// Lead pages belong to the Comunicador (Relacionamento › Comunicador); which leads a user sees is
// decided in the services (own leads or assigned conversations; INBOX_MANAGE sees all).
export const leadsProcedure = permissionProcedure(Permission.INBOX_USE);
