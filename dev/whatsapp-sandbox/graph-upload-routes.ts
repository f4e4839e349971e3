import { randomBytes } from "node:crypto";
import type { SandboxContext } from "./context";
import { sendGraphError } from "./graph-errors";
import { sendJson } from "./http-io";
import type { RouteContext } from "./router";

// Meta's Resumable Upload API, as the template editor uses it for header samples: a session opened
// on the app, the bytes posted to it, a handle `h` that message_templates accepts in
// example.header_handle. Sessions and handles live in memory: they matter only while a template is created.
const ACCEPTED_TYPES = ["image/jpeg", "image/png", "video/mp4", "application/pdf"];

type Session = { appId: string; fileName: string; fileLength: number; fileType: string };
export type UploadedSample = { fileType: string; fileLength: number; fileName: string };

export function createUploadRegistry() {
  const sessions = new Map<string, Session>();
  const handles = new Map<string, UploadedSample>();
  return {
    open: (session: Session) => {
      const id = `upload:${randomBytes(12).toString("base64url")}`;
      sessions.set(id, session);
      return id;
    },
    session: (id: string) => sessions.get(id),
    finish: (id: string, sample: UploadedSample) => {
      sessions.delete(id);
      const handle = `4::${Buffer.from(sample.fileType).toString("base64")}:${randomBytes(16).toString("base64url")}`;
      handles.set(handle, sample);
      return handle;
    },
    sample: (handle: string) => handles.get(handle),
  };
}
export type UploadRegistry = ReturnType<typeof createUploadRegistry>;

/** POST /{app-id}/uploads?file_name&file_length&file_type → { id: "upload:…" } */
export function handleOpenUploadSession(sandbox: SandboxContext, route: RouteContext, appId: string) {
  if (!/^\d+$/.test(appId)) return sendGraphError(route.res, 100, { details: `Unsupported post request. Object with ID '${appId}' does not exist.` });
  const query = route.url.searchParams;
  const fileLength = Number(query.get("file_length"));
  const fileType = query.get("file_type") ?? "";
  const fileName = query.get("file_name") ?? "";
  if (!Number.isInteger(fileLength) || fileLength <= 0) return sendGraphError(route.res, 100, { details: "The parameter file_length is required and must be a positive integer." });
  if (!ACCEPTED_TYPES.includes(fileType)) return sendGraphError(route.res, 100, { details: `Param file_type must be one of {${ACCEPTED_TYPES.join(", ")}}.` });
  sendJson(route.res, 200, { id: sandbox.uploads.open({ appId, fileName, fileLength, fileType }) });
}

/** POST /upload:{session} (Authorization: OAuth, file_offset: 0, the bytes) → { h } */
export async function handleUploadToSession(sandbox: SandboxContext, route: RouteContext, sessionId: string) {
  const session = sandbox.uploads.session(sessionId);
  if (!session) return sendGraphError(route.res, 100, { details: `Upload session ${sessionId} does not exist or has finished.` });
  if (route.req.headers.file_offset !== "0") return sendGraphError(route.res, 100, { details: "The header file_offset is required (0 for a new upload)." });
  const bytes = await route.body();
  if (bytes.length !== session.fileLength) {
    return sendGraphError(route.res, 100, { details: `Received ${bytes.length} bytes; the session was opened for ${session.fileLength}.` });
  }
  sendJson(route.res, 200, { h: sandbox.uploads.finish(sessionId, { fileType: session.fileType, fileLength: session.fileLength, fileName: session.fileName }) });
}
