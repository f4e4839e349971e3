import { Permission } from "@/generated/prisma/enums";

export { Permission };

const REGISTRY_PERMISSIONS = [
  Permission.TEMPLATES_MANAGE,
  Permission.STANDARD_MESSAGES_MANAGE,
  Permission.DEVELOPMENTS_MANAGE,
  Permission.QUEUES_MANAGE,
  Permission.USERS_MANAGE,
  Permission.PROFILES_MANAGE,
  Permission.AUDIT_VIEW,
] as const;

// The seed article's profile tabs, in the order the profile screen shows them.
export const PERMISSION_GROUPS = [
  { id: "relationship", permissions: [Permission.INBOX_USE, Permission.ACTIVE_SEND, Permission.CAMPAIGNS, Permission.INBOX_MANAGE] },
  { id: "settings", permissions: [Permission.CHANNELS_MANAGE] },
  { id: "registry", permissions: REGISTRY_PERMISSIONS },
] as const;

export const ALL_PERMISSIONS = Object.values(Permission);

// Any of these opens /settings; each page and procedure then checks its own.
export const SETTINGS_PERMISSIONS: Permission[] = [Permission.CHANNELS_MANAGE, ...REGISTRY_PERMISSIONS];

export type Actor = {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  canCommunicate: boolean;
  permissions: ReadonlySet<Permission>;
};

export function can(actor: Actor, permission: Permission): boolean {
  return actor.isAdmin || actor.permissions.has(permission);
}

export function canAny(actor: Actor, permissions: readonly Permission[]): boolean {
  return permissions.some((permission) => can(actor, permission));
}
