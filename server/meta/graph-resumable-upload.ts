import "server-only";
import { z } from "zod";
import { graphUrl, type GraphTransport } from "./graph-request";
import { MetaApiError, MetaNetworkError, metaErrorFromResponse } from "./meta-errors";

export type ResumableUploadInput = { appId: string; bytes: Uint8Array; mimeType: string; fileName: string };

const sessionSchema = z.looseObject({ id: z.string().min(1) });
const handleSchema = z.looseObject({ h: z.string().min(1) });

async function post(transport: GraphTransport, url: string, init: RequestInit) {
  try {
    return await transport.fetch(url, { ...init, method: "POST", signal: AbortSignal.timeout(transport.timeoutMs * 6) });
  } catch (error) {
    throw new MetaNetworkError(`Resumable upload failed: POST ${url.replace(/access_token=[^&]+/, "access_token=***")}`, { cause: error });
  }
}

async function answer<T>(response: Response, schema: z.ZodType<T>, what: string): Promise<T> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) throw metaErrorFromResponse(response.status, body);
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new MetaApiError({ code: 0, title: "Unexpected Graph API answer", message: `Graph API answered ${what} with an unexpected body`, httpStatus: response.status });
}

/**
 * Meta's Resumable Upload API, the only way to give a template its media sample: open a session on
 * the app (POST /{app-id}/uploads with the file's name, length and type → `upload:…` id), then send
 * the bytes to that session (POST /{session-id}, `file_offset: 0`, `Authorization: OAuth <token>`)
 * → the file handle `h`, which goes in the HEADER's `example.header_handle`.
 */
export async function uploadForHandle(transport: GraphTransport, input: ResumableUploadInput): Promise<{ handle: string }> {
  const sessionUrl = graphUrl(transport, `${input.appId}/uploads`, {
    file_name: input.fileName,
    file_length: input.bytes.byteLength,
    file_type: input.mimeType,
  });
  const session = await answer(
    await post(transport, sessionUrl, { headers: { authorization: `Bearer ${transport.accessToken}` } }),
    sessionSchema,
    `POST ${input.appId}/uploads`,
  );
  // The session id may carry its own query ("upload:…?sig=…"): keep it as Meta gave it.
  const [path, query = ""] = session.id.split("?", 2);
  const uploadUrl = graphUrl(transport, path ?? session.id) + (query ? `?${query}` : "");
  const uploaded = await answer(
    await post(transport, uploadUrl, {
      headers: { authorization: `OAuth ${transport.accessToken}`, file_offset: "0", "content-type": "application/octet-stream" },
      body: new Uint8Array(input.bytes),
    }),
    handleSchema,
    "POST upload session",
  );
  return { handle: uploaded.h };
}
