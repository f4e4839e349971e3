import { PERMISSION_GROUPS, type Permission } from "@/server/auth/permissions";

export const TOTAL_PERMISSIONS = PERMISSION_GROUPS.reduce((n, g) => n + g.permissions.length, 0);

export function countByGroup(permissions: readonly Permission[]) {
  return PERMISSION_GROUPS.map((group) => ({
    id: group.id,
    count: group.permissions.filter((p) => permissions.includes(p)).length,
    total: group.permissions.length,
  }));
}
