import { Permission } from "@/server/auth/permissions";

// Left navigation of /settings, grouped as the seed's profile tabs.
export const SETTINGS_SECTIONS = [
  { group: "settings", key: "channels", href: "/settings/channels", permission: Permission.CHANNELS_MANAGE },
  { group: "registry", key: "users", href: "/settings/users", permission: Permission.USERS_MANAGE },
  { group: "registry", key: "profiles", href: "/settings/profiles", permission: Permission.PROFILES_MANAGE },
  { group: "registry", key: "queues", href: "/settings/queues", permission: Permission.QUEUES_MANAGE },
  { group: "registry", key: "standardMessages", href: "/settings/standard-messages", permission: Permission.STANDARD_MESSAGES_MANAGE },
  { group: "registry", key: "developments", href: "/settings/developments", permission: Permission.DEVELOPMENTS_MANAGE },
  { group: "registry", key: "audit", href: "/settings/audit", permission: Permission.AUDIT_VIEW },
] as const;
