import { describe, expect, it } from "vitest";
import { contentChunk, finishChunk, parseSse, roleChunk, SSE_DONE, sseEvent, usageChunk, wordPieces } from "./sse";

const base = { id: "chatcmpl-x", created: 1_700_000_000, model: "comunicador-stand-in" };

describe("SSE framing", () => {
  it("writes one `data:` line per event and a blank line after it, and ends with [DONE]", () => {
    expect(sseEvent({ a: 1 })).toBe('data: {"a":1}\n\n');
    expect(SSE_DONE).toBe("data: [DONE]\n\n");
    // A newline inside the text stays escaped in the JSON: one event is one line.
    expect(sseEvent(contentChunk(base, "1) a\n2) b")).split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("reads back what it writes, in order", () => {
    const body = [roleChunk(base), contentChunk(base, "Olá "), contentChunk(base, "mundo"), finishChunk(base)].map(sseEvent).join("") + SSE_DONE;
    const events = parseSse(body);
    expect(events.at(-1)).toBe("[DONE]");
    expect(events.slice(0, -1).map((event) => (event as ReturnType<typeof contentChunk>).choices[0]?.delta)).toEqual([
      { role: "assistant", content: "" },
      { content: "Olá " },
      { content: "mundo" },
      {},
    ]);
  });

  it("shapes chunks like OpenAI's: the finish chunk says stop, the usage chunk has no choices", () => {
    expect(finishChunk(base)).toMatchObject({ object: "chat.completion.chunk", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] });
    expect(usageChunk(base, { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 })).toEqual({
      ...base,
      object: "chat.completion.chunk",
      choices: [],
      usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
    });
  });

  it("splits a text into words that join back into it exactly", () => {
    for (const text of ["1) Olá! Tudo bem? [F1]\n2) Segunda linha  [F2]", "  espaço antes", "", "uma"]) expect(wordPieces(text).join("")).toBe(text);
    expect(wordPieces("a b\nc")).toEqual(["a ", "b\n", "c"]);
  });
});
