import "server-only";
import { permissionProcedure } from "@/server/api/trpc";
import { Permission } from "@/server/auth/permissions";

export const usersProcedure = permissionProcedure(Permission.USERS_MANAGE);
