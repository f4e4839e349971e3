import { translateError } from "@/server/i18n/translate-error";
import type { SuggestionEvent, SuggestionWireEvent } from "@/server/services/assistant/suggestion-events";

const encoder = new TextEncoder();

/** Why the model call stops when the browser goes away: an AbortError, which the gateway records as "aborted". */
export const browserLeft = () => new DOMException("the browser went away", "AbortError");
const line = (event: SuggestionWireEvent) => encoder.encode(`${JSON.stringify(event)}\n`);

function onTheWire(event: SuggestionEvent, locale: string): SuggestionWireEvent {
  return event.type === "error" ? { ...event, message: translateError(locale, event.key, event.params) } : event;
}

/**
 * The suggestion events as NDJSON, one per line, pulled as the browser reads. When the browser goes
 * away the stream is cancelled: the model call is aborted and the generator closed.
 */
export function suggestionStream(
  events: AsyncGenerator<SuggestionEvent>,
  first: IteratorResult<SuggestionEvent>,
  { locale, abort }: { locale: string; abort: AbortController },
): ReadableStream<Uint8Array> {
  let pending: IteratorResult<SuggestionEvent> | null = first;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = pending ?? (await events.next());
          pending = null;
          if (next.done) return controller.close();
          controller.enqueue(line(onTheWire(next.value, locale)));
        } catch (error) {
          if (abort.signal.aborted) return controller.close();
          console.error(`[assistant] suggestions: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
          controller.enqueue(line({ type: "error", key: "common.internal", message: translateError(locale, "common.internal") }));
          controller.close();
        }
      },
      async cancel() {
        abort.abort(browserLeft());
        await events.return(undefined).catch(() => undefined);
      },
    },
    // Nothing is computed ahead of the reader: each event is produced when the browser asks.
    { highWaterMark: 0 },
  );
}
