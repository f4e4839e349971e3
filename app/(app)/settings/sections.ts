import { Permission } from "@/server/auth/permissions";

// Left navigation of /settings, grouped as the seed's profile tabs. A section is listed once its
// page exists.
export const SETTINGS_SECTIONS = [
  { group: "settings", key: "channels", href: "/settings/channels", permission: Permission.CHANNELS_MANAGE },
  // Templates live on a channel's tab; this entry lists the channels that may hold them.
  { group: "registry", key: "templates", href: "/settings/channels/templates", permission: Permission.TEMPLATES_MANAGE, alsoOpenTo: [Permission.CHANNELS_MANAGE] },
  { group: "registry", key: "developments", href: "/settings/developments", permission: Permission.DEVELOPMENTS_MANAGE },
  { group: "registry", key: "users", href: "/settings/users", permission: Permission.USERS_MANAGE },
  { group: "registry", key: "profiles", href: "/settings/profiles", permission: Permission.PROFILES_MANAGE },
  { group: "registry", key: "queues", href: "/settings/queues", permission: Permission.QUEUES_MANAGE },
  // Brokers (INBOX_USE) reach this one section for their personal messages.
  {
    group: "registry",
    key: "standardMessages",
    href: "/settings/standard-messages",
    permission: Permission.STANDARD_MESSAGES_MANAGE,
    alsoOpenTo: [Permission.INBOX_USE],
  },
  { group: "registry", key: "audit", href: "/settings/audit", permission: Permission.AUDIT_VIEW },
] as const;

type Section = (typeof SETTINGS_SECTIONS)[number];

// The permissions that open a section: its own, plus any extra audience it declares.
export function sectionPermissions(section: Section): Permission[] {
  return [section.permission, ...("alsoOpenTo" in section ? section.alsoOpenTo : [])];
}
