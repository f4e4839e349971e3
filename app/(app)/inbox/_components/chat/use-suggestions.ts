"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { SuggestionWireEvent } from "@/server/services/assistant/suggestion-events";
import { readNdjson } from "./read-ndjson";
import { applySuggestionEvent, endOfStream, IDLE, type SuggestionsState } from "./suggestions-state";

const ENDPOINT = "/api/assistant/suggestions";

// Asks /api/assistant/suggestions and follows its NDJSON events. One request at a time: asking
// again, closing or leaving the conversation aborts the one in flight (and with it the model call).
export function useSuggestions(conversationId: string) {
  const t = useTranslations("inbox.suggestions");
  const [state, setState] = useState<SuggestionsState>(IDLE);
  const inFlight = useRef<AbortController | null>(null);

  const stop = useCallback(() => {
    inFlight.current?.abort();
    inFlight.current = null;
  }, []);

  const close = useCallback(() => {
    stop();
    setState(IDLE);
  }, [stop]);

  const ask = useCallback(async () => {
    stop();
    const controller = new AbortController();
    inFlight.current = controller;
    setState({ status: "loading" });
    const update = (next: (state: SuggestionsState) => SuggestionsState) => {
      if (!controller.signal.aborted) setState(next);
    };
    try {
      const response = await fetch(ENDPOINT, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ conversationId }),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        return update(() => ({ status: "failed", error: body?.error ?? t("failed") }));
      }
      for await (const event of readNdjson<SuggestionWireEvent>(response.body)) update((state) => applySuggestionEvent(state, event));
      update((state) => endOfStream(state, t("interrupted")));
    } catch {
      update((state) => endOfStream(state, t("failed")));
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
    }
  }, [conversationId, stop, t]);

  useEffect(() => stop, [stop]);

  return { state, ask, close };
}
