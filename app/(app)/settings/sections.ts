import { Permission } from "@/server/auth/permissions";

// Left navigation of /settings, grouped as the seed's profile tabs. A section is listed once its
// page exists.
export const SETTINGS_SECTIONS = [
  { group: "registry", key: "users", href: "/settings/users", permission: Permission.USERS_MANAGE },
] as const;
