import "server-only";
import { permissionProcedure } from "@/server/api/trpc";
import { Permission } from "@/server/auth/permissions";

export const campaignsProcedure = permissionProcedure(Permission.CAMPAIGNS);
