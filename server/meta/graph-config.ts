import "server-only";
export const DEFAULT_GRAPH_API_BASE_URL = "https://graph.facebook.com";
export const DEFAULT_GRAPH_API_VERSION = "v24.0";

export type GraphEndpointConfig = { baseUrl: string; apiVersion: string };

/** The only place that reads the Graph endpoint from the environment (sandbox or Meta). */
export function graphConfigFromEnv(env: Record<string, string | undefined> = process.env): GraphEndpointConfig {
  const baseUrl = env.GRAPH_API_BASE_URL?.trim() || DEFAULT_GRAPH_API_BASE_URL;
  const version = env.GRAPH_API_VERSION?.trim() || DEFAULT_GRAPH_API_VERSION;
  if (!/^https?:\/\//.test(baseUrl)) {
    throw new Error(
      `GRAPH_API_BASE_URL must be an http(s) URL such as ${DEFAULT_GRAPH_API_BASE_URL}; got "${baseUrl}".`,
    );
  }
  if (!/^v\d+\.\d+$/.test(version)) {
    throw new Error(`GRAPH_API_VERSION must look like "v24.0"; got "${version}".`);
  }
  return { baseUrl: baseUrl.replace(/\/+$/, ""), apiVersion: version };
}

/** The Meta app's id (META_APP_ID): the Resumable Upload API opens its sessions on the app. */
export function metaAppIdFromEnv(env: Record<string, string | undefined> = process.env): string | null {
  const appId = env.META_APP_ID?.trim();
  return appId && /^\d+$/.test(appId) ? appId : null;
}
