// Liveness: the process answers HTTP. No I/O, so a slow database never gets the app restarted.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
