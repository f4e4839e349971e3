"use client";

import { useTranslations } from "next-intl";
import type { ChatMessage } from "../../_lib/types";

type Transcript = NonNullable<ChatMessage["transcript"]>;

// Under a voice note's player: its words once the assistant heard them, "Transcrevendo…" until then.
export function VoiceTranscript({ transcript }: { transcript: Transcript }) {
  const t = useTranslations("inbox.media");
  if (transcript.status === "PENDING") {
    return (
      <p data-testid="voice-transcript" data-status="PENDING" aria-live="polite" className="w-64 max-w-full animate-pulse text-xs text-ink-muted italic">
        {t("transcribing")}
      </p>
    );
  }
  if (transcript.status === "FAILED") {
    return (
      <p data-testid="voice-transcript" data-status="FAILED" className="w-64 max-w-full text-xs text-danger">
        {t("transcriptFailed")}
      </p>
    );
  }
  const text = transcript.text?.trim();
  return (
    <blockquote
      data-testid="voice-transcript"
      data-status="DONE"
      aria-label={t("transcript")}
      className="w-64 max-w-full border-l-2 border-line pl-2 text-sm break-words whitespace-pre-wrap text-ink-muted"
    >
      {text || <span className="italic">{t("transcriptEmpty")}</span>}
    </blockquote>
  );
}
