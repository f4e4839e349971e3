// OpenAI's streaming format: server-sent events, one JSON chunk per `data:` line, a blank line after
// each, and a last `data: [DONE]`.
export const SSE_DONE = "data: [DONE]\n\n";

export function sseEvent(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

/** The `data:` payloads of an SSE body, in order (the [DONE] marker included as a string). */
export function parseSse(body: string): unknown[] {
  return body
    .split("\n\n")
    .map((event) => event.split("\n").filter((line) => line.startsWith("data: ")).map((line) => line.slice(6)).join("\n"))
    .filter(Boolean)
    .map((data) => (data === "[DONE]" ? data : JSON.parse(data)));
}

export type Usage = { prompt_tokens: number; completion_tokens: number; total_tokens: number };

type ChunkBase = { id: string; created: number; model: string };

export function roleChunk(base: ChunkBase) {
  return { ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }] };
}

export function contentChunk(base: ChunkBase, content: string) {
  return { ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta: { content }, finish_reason: null }] };
}

export function finishChunk(base: ChunkBase) {
  return { ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] };
}

/** Sent only when the request asked for `stream_options.include_usage`: no choices, the whole call's tokens. */
export function usageChunk(base: ChunkBase, usage: Usage) {
  return { ...base, object: "chat.completion.chunk", choices: [], usage };
}

/** Words with the spaces that follow them, so the pieces join back into the exact text. */
export function wordPieces(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}
