import "server-only";
// Where inbound media may be fetched from, and with which id: a media id from a webhook becomes a
// Graph path, and the URL Graph answers receives the channel's access token.

/** Meta's media ids are decimal numbers: anything else ("../me", "1?x=") must not become a path. */
export const isMetaMediaId = (id: unknown): id is string => typeof id === "string" && /^\d{1,32}$/.test(id);

// Meta's download URLs live on lookaside.fbsbx.com; its CDNs answer under these domains.
const MEDIA_HOSTS = new Set(["lookaside.fbsbx.com"]);
const MEDIA_DOMAINS = [".fbcdn.net", ".whatsapp.net"];

/**
 * Whether a media URL Graph returned may be fetched with the Bearer token: https on one of Meta's
 * media hosts (default port, no user info), or exactly the origin of the Graph base URL. That
 * origin (Meta's, or the WhatsApp sandbox in the local demo) already receives the token on every
 * Graph call, so it learns nothing new; any other host would.
 */
export function isMediaDownloadUrl(url: string, graphBaseUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (parsed.origin === new URL(graphBaseUrl).origin) return true;
  if (parsed.protocol !== "https:" || parsed.port !== "") return false;
  const host = parsed.hostname;
  return MEDIA_HOSTS.has(host) || MEDIA_DOMAINS.some((domain) => host.endsWith(domain));
}
