import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { BodyTooLargeError, sendJson } from "../whatsapp-sandbox/http-io";
import { createRouter } from "../whatsapp-sandbox/router";
import { addChatRoutes } from "./chat-completions";
import { DEFAULT_CONFIG, STAND_IN_HEADER, STAND_IN_MODEL, type StandInConfig } from "./config";
import { createContext, type StandInContext } from "./context";
import { addControlRoutes } from "./control-routes";
import { createFaults } from "./faults";
import { OPENAI_ERRORS, sendOpenAiError } from "./openai-errors";
import { addTranscriptionRoutes } from "./transcriptions";

export type RunningStandIn = {
  url: string;
  /** What AI_BASE_URL points at: `${url}/v1`. */
  baseUrl: string;
  port: number;
  context: StandInContext;
  close: () => Promise<void>;
};

const MODEL = { id: STAND_IN_MODEL, object: "model", created: 0, owned_by: "comunicador" };

export async function startAiStandIn(options: Partial<StandInConfig> = {}): Promise<RunningStandIn> {
  const config: StandInConfig = { ...DEFAULT_CONFIG, ...options };
  const context = createContext(config, createFaults());
  const router = createRouter();
  router.get("/", ({ res }) => sendJson(res, 200, { name: "Comunicador AI stand-in", model: STAND_IN_MODEL, api: "/v1" }));
  router.get("/v1/models", ({ res }) => sendJson(res, 200, { object: "list", data: [MODEL] }));
  router.get("/v1/models/:id", ({ res, params }) =>
    params.id === STAND_IN_MODEL
      ? sendJson(res, 200, MODEL)
      : sendOpenAiError(res, { status: 404, message: `The model '${params.id}' does not exist`, type: "invalid_request_error", code: "model_not_found", param: "model" }),
  );
  addChatRoutes(router, context);
  addTranscriptionRoutes(router, context);
  addControlRoutes(router, context, { firstTokenDelayMs: config.firstTokenDelayMs, wordDelayMs: config.wordDelayMs });

  const server = createServer(async (req, res) => {
    res.setHeader(STAND_IN_HEADER, "1");
    const url = new URL(req.url ?? "/", "http://stand-in.local");
    try {
      if (!(await router.handle(req, res, url))) {
        sendOpenAiError(res, { status: 404, message: `Unknown request URL: ${req.method} ${url.pathname}.`, type: "invalid_request_error", code: "unknown_url" });
      }
    } catch (error) {
      if (res.headersSent) return res.end();
      if (error instanceof BodyTooLargeError) return sendOpenAiError(res, { status: 413, message: "Request too large.", type: "invalid_request_error", code: null });
      config.log(`erro em ${req.method} ${url.pathname}: ${(error as Error).stack ?? error}`);
      sendOpenAiError(res, OPENAI_ERRORS.down);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  return {
    url,
    baseUrl: `${url}/v1`,
    port,
    context,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
