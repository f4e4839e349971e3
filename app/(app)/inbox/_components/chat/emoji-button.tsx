"use client";

import { useTranslations } from "next-intl";
import { Popover } from "radix-ui";

const EMOJIS = ["😀", "😊", "😉", "😍", "🤩", "😂", "🙏", "👍", "👏", "🙌", "🤝", "👋", "✅", "❤️", "🔥", "🎉", "🏠", "🏡", "🏢", "🔑", "📍", "📅", "⏰", "📞", "💬", "📄", "📷", "💰", "✨", "😕"];

export function EmojiButton({ onPick }: { onPick: (emoji: string) => void }) {
  const t = useTranslations("inbox.composer");
  return (
    <Popover.Root>
      <Popover.Trigger aria-label={t("emoji")} title={t("emoji")} className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full text-xl text-ink-muted hover:bg-surface-sunken">
        <span aria-hidden>☺</span>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content side="top" align="start" sideOffset={6} className="z-50 grid w-72 grid-cols-6 gap-1 rounded-card border border-line bg-surface p-2 shadow-lg">
          {EMOJIS.map((emoji) => (
            <Popover.Close key={emoji} onClick={() => onPick(emoji)} className="h-10 rounded text-xl hover:bg-surface-sunken" aria-label={emoji}>
              {emoji}
            </Popover.Close>
          ))}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
