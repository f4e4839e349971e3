import "server-only";
import { permissionProcedure } from "@/server/api/trpc";
import { Permission } from "@/server/auth/permissions";

// Seed tab "Configurações": the channel screens and everything on them.
export const channelsProcedure = permissionProcedure(Permission.CHANNELS_MANAGE);
