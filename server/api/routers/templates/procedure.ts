import "server-only";
import { permissionProcedure } from "@/server/api/trpc";
import { Permission } from "@/server/auth/permissions";

// Templates are a Cadastros item (TEMPLATES_MANAGE) that lives on a channel's tab, so whoever
// manages channels reaches them too.
export const templatesProcedure = permissionProcedure(Permission.TEMPLATES_MANAGE, Permission.CHANNELS_MANAGE);
