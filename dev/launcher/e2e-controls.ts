import { createServer, type Server } from "node:http";

// The e2e run only: a port on 127.0.0.1 through which a spec takes the realtime stand-in down and
// brings it back (e2e/inbox-realtime-outage.spec.ts). `npm start` and `npm run dev` never open it.
export const e2eControlsPort = (appPort: number) => appPort + 5294;

export type Restartable = { stop(): Promise<void>; start(): Promise<void> };

export function startE2eControls(port: number, soketi: Restartable): Server {
  const actions: Record<string, () => Promise<void>> = { "/soketi/stop": soketi.stop, "/soketi/start": soketi.start };
  const server = createServer((request, response) => {
    const action = request.method === "POST" ? actions[request.url ?? ""] : undefined;
    if (!action) return void response.writeHead(404).end();
    action().then(
      () => response.writeHead(204).end(),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  server.listen(port, "127.0.0.1");
  return server;
}
