import type { ReactNode } from "react";
import { cn } from "@/app/_components/ui/cn";

export type BubbleHeader =
  | { format: "TEXT"; text: ReactNode }
  | { format: "IMAGE" | "VIDEO" | "DOCUMENT"; url: string | null; fileName?: string | null; label: string };

export type BubbleButton = { type: "QUICK_REPLY" | "URL" | "PHONE_NUMBER"; text: string; hint?: string };

const ICON: Record<BubbleButton["type"], string> = { QUICK_REPLY: "↩", URL: "↗", PHONE_NUMBER: "✆" };

type Props = {
  header?: BubbleHeader | null;
  body: ReactNode;
  footer?: string | null;
  buttons?: readonly BubbleButton[];
  time: string;
  /** Outgoing (the inbox, Nova conversa) or as the lead sees it (the template form). */
  side: "in" | "out";
  testId?: string;
  /** On the body text alone, for tests that read the message as the lead reads it. */
  bodyTestId?: string;
  /** The inbox renders its own header media (viewer, download); the previews pass it here. */
  media?: ReactNode;
  /** Names the list of buttons for screen readers. */
  buttonsLabel?: string;
};

function MediaHeader({ header }: { header: Extract<BubbleHeader, { url: string | null }> }) {
  if (header.format === "IMAGE" && header.url) {
    // eslint-disable-next-line @next/next/no-img-element -- a same-origin, permission-checked file of any size
    return <img src={header.url} alt={header.label} className="mb-1 aspect-[1.91/1] w-full rounded-md bg-black/10 object-cover" />;
  }
  const icon = header.format === "VIDEO" ? "▶" : header.format === "DOCUMENT" ? "📄" : "🖼";
  return (
    <div className="mb-1 flex aspect-[1.91/1] w-full flex-col items-center justify-center gap-1 rounded-md bg-black/10 text-ink-muted" role="img" aria-label={header.label}>
      <span aria-hidden className="text-2xl">
        {icon}
      </span>
      {header.fileName ? <span className="max-w-full truncate px-2 text-xs">{header.fileName}</span> : null}
    </div>
  );
}

/**
 * A template as WhatsApp draws it: media or bold text header, body, grey footer and time inside the
 * bubble; buttons as separate rows under it, each with its icon. Used by the template form's
 * preview, "Nova conversa" and the chat.
 */
export function TemplateBubble({ header, body, footer, buttons = [], time, side, testId, bodyTestId, media, buttonsLabel }: Props) {
  return (
    <div className={cn("flex w-full max-w-[20rem] flex-col gap-0.5 sm:max-w-[22rem]", side === "out" ? "ml-auto" : "")} data-testid={testId}>
      <div className={cn("rounded-lg px-2 pt-2 pb-1 text-sm shadow-sm", side === "out" ? "rounded-tr-none bg-bubble-out" : "rounded-tl-none bg-bubble-in")}>
        {media ?? (header && header.format !== "TEXT" ? <MediaHeader header={header} /> : null)}
        <div className="px-1">
          {header?.format === "TEXT" ? <p className="mb-1 font-semibold break-words">{header.text}</p> : null}
          <div className="break-words whitespace-pre-wrap" data-testid={bodyTestId}>
            {body}
          </div>
          {footer ? <p className="mt-1 text-xs text-ink-muted">{footer}</p> : null}
          <p className="mt-0.5 text-right text-[11px] text-ink-faint">{time}</p>
        </div>
      </div>
      {buttons.length ? (
        <ul className="flex flex-col gap-0.5" aria-label={buttonsLabel}>
          {buttons.map((button, i) => (
            <li
              key={i}
              className={cn("flex min-h-9 items-center justify-center gap-1.5 rounded-lg px-2 text-sm font-medium text-[#027eb5] shadow-sm", side === "out" ? "bg-bubble-out" : "bg-bubble-in")}
              title={button.hint}
            >
              <span aria-hidden>{ICON[button.type]}</span>
              <span className="truncate">{button.text}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
