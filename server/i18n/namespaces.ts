// One catalogue file per namespace and locale (messages/<locale>/<namespace>.json), so that
// screens add their texts without editing each other's files.
export const NAMESPACES = ["common", "auth", "nav", "permissions", "settings", "users", "inbox", "leads", "profiles", "queues", "standardMessages", "audit", "channels", "templates", "developments", "errors", "failures", "notifications", "campaigns"] as const;
