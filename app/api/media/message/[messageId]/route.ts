import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { readMessageMedia } from "@/server/services/media/read-message-media";
import { contentDisposition } from "@/server/services/developments/media-download";
import { errorResponse, routeActor } from "../../route-support";

// Media players ask for ranges to seek; one range is all they ever ask for.
function byteRange(header: string | null, size: number): { start: number; end: number } | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (!match[1] && !match[2])) return null;
  const start = match[1] ? Number(match[1]) : Math.max(0, size - Number(match[2]));
  const end = match[1] && match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  return start <= end && start < size ? { start, end } : null;
}

// A message's file (inbound, attached or sent material) to whoever may see its conversation.
// `?download=1` forces a download.
export async function GET(request: Request, context: { params: Promise<{ messageId: string }> }) {
  try {
    const actor = await routeActor();
    if (!actor) throw new AppError("UNAUTHORIZED", "unauthorized");
    const { messageId } = await context.params;
    const media = await readMessageMedia(getDb(), actor, messageId);
    const download = new URL(request.url).searchParams.get("download") === "1";
    const size = media.bytes.byteLength;
    const headers: Record<string, string> = {
      "Content-Type": media.mimeType,
      "Content-Disposition": contentDisposition(media.fileName, media.mimeType, download),
      "X-Content-Type-Options": "nosniff",
      "Accept-Ranges": "bytes",
      // A file a lead sent never runs anything, even opened directly (Chrome's PDF viewer refuses a sandbox).
      ...(media.mimeType === "application/pdf" ? {} : { "Content-Security-Policy": "default-src 'none'; img-src 'self'; media-src 'self'; sandbox" }),
      "Cache-Control": "private, max-age=300",
    };
    const range = request.headers.has("range") ? byteRange(request.headers.get("range"), size) : undefined;
    if (range === null) return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${size}` } });
    if (range) {
      const part = media.bytes.subarray(range.start, range.end + 1);
      return new Response(new Uint8Array(part), {
        status: 206,
        headers: { ...headers, "Content-Length": String(part.byteLength), "Content-Range": `bytes ${range.start}-${range.end}/${size}` },
      });
    }
    return new Response(new Uint8Array(media.bytes), { headers: { ...headers, "Content-Length": String(size) } });
  } catch (error) {
    return errorResponse(error);
  }
}
