import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import { sendJson } from "../whatsapp-sandbox/http-io";
import type { Router } from "../whatsapp-sandbox/router";
import { admitted, sleep } from "./api-guard";
import type { StandInContext } from "./context";
import { badRequest } from "./openai-errors";
import { chatMessages, promptParts } from "./prompt-parts";
import { contentChunk, finishChunk, roleChunk, SSE_DONE, sseEvent, usageChunk, wordPieces, type Usage } from "./sse";
import { answer } from "./tasks/answer";

/** A deterministic token count: about four characters a token, as OpenAI's rule of thumb says. */
export const tokens = (text: string) => Math.ceil(text.length / 4);

type ChatRequest = { model?: unknown; messages?: unknown; stream?: unknown; stream_options?: { include_usage?: unknown } };

async function streamAnswer(standIn: StandInContext, res: ServerResponse, base: { id: string; created: number; model: string }, text: string, usage: Usage | null) {
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", connection: "keep-alive" });
  res.flushHeaders();
  await sleep(standIn.config.firstTokenDelayMs, res);
  const write = (chunk: string) => !res.destroyed && res.write(chunk);
  write(sseEvent(roleChunk(base)));
  for (const [index, piece] of wordPieces(text).entries()) {
    if (res.destroyed) return;
    if (index > 0) await sleep(standIn.config.wordDelayMs, res);
    write(sseEvent(contentChunk(base, piece)));
  }
  write(sseEvent(finishChunk(base)));
  if (usage) write(sseEvent(usageChunk(base, usage)));
  write(SSE_DONE);
  if (!res.destroyed) res.end();
}

export function addChatRoutes(router: Router, standIn: StandInContext) {
  router.post("/v1/chat/completions", async ({ req, res, json }) => {
    const body = (await json()) as ChatRequest | undefined;
    standIn.record("/v1/chat/completions", body ?? null);
    if (!(await admitted(standIn, req, res))) return;
    if (!body || typeof body !== "object") return badRequest(res, "We could not parse the JSON body of your request.");
    if (typeof body.model !== "string" || !body.model) return badRequest(res, "you must provide a model parameter", "model");
    const messages = chatMessages(body.messages);
    if (messages.length === 0) return badRequest(res, "'messages' is a required property", "messages");

    const text = answer(promptParts(messages));
    const promptTokens = tokens(messages.map((message) => message.content).join("\n"));
    const usage = { prompt_tokens: promptTokens, completion_tokens: tokens(text), total_tokens: promptTokens + tokens(text) };
    const base = {
      id: `chatcmpl-standin-${createHash("sha256").update(JSON.stringify(messages)).digest("hex").slice(0, 20)}`,
      created: Math.floor(Date.now() / 1000),
      model: body.model,
    };
    if (body.stream === true) return streamAnswer(standIn, res, base, text, body.stream_options?.include_usage === true ? usage : null);
    await sleep(standIn.config.firstTokenDelayMs, res);
    sendJson(res, 200, {
      ...base,
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
      usage,
    });
  });
}
