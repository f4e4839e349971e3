import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { contentDisposition, readMediaAsset } from "@/server/services/developments/media-download";
import { byteRange } from "../byte-range";
import { errorResponse, routeActor } from "../route-support";

// A development's material, to signed-in users who send (INBOX_USE) or curate (DEVELOPMENTS_MANAGE)
// them. `?download=1` forces a download.
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const actor = await routeActor();
    if (!actor) throw new AppError("UNAUTHORIZED", "unauthorized");
    const { id } = await context.params;
    const media = await readMediaAsset(getDb(), actor, id);
    const download = new URL(request.url).searchParams.get("download") === "1";
    const size = media.bytes.byteLength;
    const headers: Record<string, string> = {
      "Content-Type": media.mimeType,
      "Content-Disposition": contentDisposition(media.fileName, media.mimeType, download),
      "X-Content-Type-Options": "nosniff",
      "Accept-Ranges": "bytes",
      // Served files never run anything, even when opened directly (Chrome's PDF viewer refuses
      // a sandboxed document, and a PDF was content-checked at upload).
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
