import { describe, expect, it } from "vitest";
import type { SuggestionContext } from "@/server/services/assistant/suggestion-events";
import { readNdjson } from "./read-ndjson";
import { applySuggestionEvent, endOfStream, IDLE, insertableTexts, type SuggestionsState } from "./suggestions-state";

const context: SuggestionContext = {
  type: "context",
  mode: "drafts",
  question: "qual o valor do 2 quartos?",
  intents: ["price"],
  facts: [{ ref: "F1", kind: "typology", developmentName: "Residencial Jardins", text: "Residencial Jardins — 2 quartos: a partir de R$ 489.000" }],
  materials: [],
  unanswered: [],
  template: null,
  templateBlockedBy: null,
  assistant: { state: "on", standIn: true },
};

describe("suggestions state", () => {
  it("follows context → drafts as they grow → done, and only final drafts can be inserted", () => {
    let state: SuggestionsState = { status: "loading" };
    state = applySuggestionEvent(state, context);
    expect(state).toMatchObject({ status: "ready", writing: true, drafts: [] });
    state = applySuggestionEvent(state, { type: "draft", index: 0, text: "Olá!", refs: [] });
    state = applySuggestionEvent(state, { type: "draft", index: 0, text: "Olá! Sai a partir de R$ 489.000.", refs: ["F1"] });
    state = applySuggestionEvent(state, { type: "draft", index: 1, text: "Quer", refs: [] });
    expect(state).toMatchObject({ drafts: [{ text: "Olá! Sai a partir de R$ 489.000.", refs: ["F1"] }, { text: "Quer" }] });
    expect(insertableTexts(state)).toEqual([]);
    state = applySuggestionEvent(state, { type: "done", drafts: [{ text: "Olá! Sai a partir de R$ 489.000.", refs: ["F1"], unverified: [] }] });
    expect(state).toMatchObject({ writing: false });
    expect(insertableTexts(state)).toEqual(["Olá! Sai a partir de R$ 489.000."]);
  });

  it("with no drafts (retrieval only, or a provider error) the facts' sentences can be inserted", () => {
    const retrieval = applySuggestionEvent({ status: "loading" }, { ...context, mode: "retrieval", assistant: { state: "disabledForChannel", standIn: false } });
    expect(retrieval).toMatchObject({ writing: false });
    expect(insertableTexts(retrieval)).toEqual([context.facts[0]!.text]);
    const failed = applySuggestionEvent(applySuggestionEvent({ status: "loading" }, context), { type: "error", key: "assistant.timeout", message: "Demorou." });
    expect(failed).toMatchObject({ writing: false, error: "Demorou." });
    expect(insertableTexts(failed)).toEqual([context.facts[0]!.text]);
  });

  it("an error before the context fails the whole request; a stream cut mid-answer says so", () => {
    expect(applySuggestionEvent({ status: "loading" }, { type: "error", key: "common.internal", message: "Falhou." })).toEqual({ status: "failed", error: "Falhou." });
    const cut = endOfStream(applySuggestionEvent({ status: "loading" }, context), "Interrompida.");
    expect(cut).toMatchObject({ writing: false, error: "Interrompida." });
    expect(endOfStream({ status: "loading" }, "Interrompida.")).toEqual({ status: "failed", error: "Interrompida." });
    expect(endOfStream(IDLE, "x")).toBe(IDLE);
  });

  it("outside the window nothing is inserted: a template is proposed", () => {
    const state = applySuggestionEvent({ status: "loading" }, { ...context, mode: "template", template: { id: "t1", name: "retomar", preview: "Oi!" } });
    expect(insertableTexts(state)).toEqual([]);
  });
});

describe("readNdjson", () => {
  it("yields each line as soon as its newline arrives, across chunk boundaries", async () => {
    const chunks = ['{"a":1}\n{"b"', ':2}\n\n{"c":3}'];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });
    const seen: unknown[] = [];
    for await (const value of readNdjson(body)) seen.push(value);
    expect(seen).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
  });
});
