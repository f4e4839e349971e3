"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { cn } from "@/app/_components/ui/cn";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/app/_components/ui/dropdown-menu";
import { api } from "@/app/_trpc/client";
import { validateText } from "@/server/meta/validate-outbound";
import type { ChatMessage } from "../../_lib/types";
import { EmojiButton } from "./emoji-button";
import { FileDialog } from "./file-dialog";
import { MaterialsDialog } from "./materials-dialog";
import { QuotedMessage } from "./message-bubble";
import { filterQuickReplies, QuickRepliesList, type QuickReply } from "./quick-replies";
import { SuggestionsButton } from "./suggestions-button";
import { SuggestionsPanel } from "./suggestions-panel";
import { textCounter } from "./text-counter";
import type { OutboundPayload } from "./use-outbox";
import { useComposerSuggestions } from "./use-composer-suggestions";

type Props = { conversationId: string; replyTo: ChatMessage | null; onCancelReply: () => void; onSend: (payload: OutboundPayload) => void };

const MAX_HEIGHT_PX = 160;

// Enter sends, Shift+Enter breaks the line, "/" opens the standard messages, the paperclip sends
// files or development materials, Ctrl+. (or "Sugestões") asks the assistant: ↑/↓ pick a draft, Tab
// inserts it at the cursor, Esc closes. A draft only ever lands in the text box; the broker sends.
export function Composer({ conversationId, replyTo, onCancelReply, onSend }: Props) {
  const t = useTranslations("inbox.composer");
  const tChat = useTranslations("inbox.chat");
  const tAll = useTranslations();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [materialsOpen, setMaterialsOpen] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const listId = useId();

  const counter = textCounter(text);
  const slashQuery = text.startsWith("/") && !text.includes("\n") ? text.slice(1) : null;
  const quickReplies = api.inbox.quickReplies.useQuery({ conversationId }, { enabled: slashQuery !== null, staleTime: 60_000 });
  const choices = slashQuery === null ? [] : filterQuickReplies(quickReplies.data ?? [], slashQuery);

  const resize = () => {
    const el = textarea.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT_PX)}px`;
  };
  const update = (value: string) => {
    setText(value);
    setError(null);
    setActive(0);
    requestAnimationFrame(resize);
  };
  const choose = (item: QuickReply) => {
    update(item.text);
    textarea.current?.focus();
  };
  const submit = () => {
    if (!text.trim()) return;
    const check = validateText(text);
    if (!check.ok) return setError(tAll(`errors.${check.key}`, check.params));
    onSend({ kind: "text", body: text });
    update("");
  };
  const insert = (piece: string) => {
    const el = textarea.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    update(text.slice(0, start) + piece + text.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + piece.length, start + piece.length);
    });
  };
  const suggestions = useComposerSuggestions({ conversationId, textarea, text, insert, onSend });
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (slashQuery === null && suggestions.onKeyDown(event)) return;
    if (slashQuery !== null && choices.length > 0) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        setActive((i) => (i + (event.key === "ArrowDown" ? 1 : choices.length - 1)) % choices.length);
        return;
      }
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        const item = choices[active];
        if (item) choose(item);
        return;
      }
    }
    if (event.key === "Escape" && slashQuery !== null) return update("");
    if (event.key === "Escape" && replyTo) return onCancelReply();
    if (event.key === "Enter" && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <div className="@container border-t border-line bg-surface px-2 py-2 sm:px-3">
      {replyTo ? (
        <div className="mb-2 flex items-start gap-2">
          <div className="min-w-0 flex-1">
            <QuotedMessage quote={{ ...replyTo, senderName: replyTo.sender?.name ?? null }} label={tChat("replyingTo")} />
          </div>
          <button type="button" onClick={onCancelReply} aria-label={t("cancelReply")} className="h-8 w-8 rounded-full text-ink-muted hover:bg-surface-sunken">
            ×
          </button>
        </div>
      ) : null}
      <div className="relative flex items-end gap-1">
        {slashQuery !== null ? <QuickRepliesList items={choices} loading={quickReplies.isPending} active={active} onChoose={choose} listId={listId} /> : null}
        {suggestions.state.status !== "idle" && slashQuery === null ? (
          <SuggestionsPanel
            placement="composer"
            state={suggestions.state}
            listId={suggestions.listId}
            active={suggestions.active}
            onInsert={suggestions.insertDraft}
            onSendMaterial={suggestions.sendMaterial}
            sentMaterials={suggestions.sentMaterials}
            onUseTemplate={() => undefined}
            onRetry={suggestions.retry}
            onClose={suggestions.close}
          />
        ) : null}
        <EmojiButton onPick={insert} />
        <DropdownMenu>
          <DropdownMenuTrigger aria-label={t("attach")} title={t("attach")} className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full text-ink-muted hover:bg-surface-sunken">
            <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M21 11.5l-8.5 8.5a5 5 0 0 1-7-7l9-9a3.5 3.5 0 0 1 5 5l-9 9a2 2 0 0 1-3-3l8-8" />
            </svg>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="start" side="top">
            <DropdownMenuItem onSelect={() => setMaterialsOpen(true)}>{t("materials")}</DropdownMenuItem>
            <DropdownMenuItem onSelect={() => fileInput.current?.click()}>{t("file")}</DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
        <input
          ref={fileInput}
          type="file"
          hidden
          data-testid="file-input"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            e.target.value = "";
          }}
        />
        <textarea
          ref={textarea}
          rows={1}
          value={text}
          onChange={(e) => update(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={t("placeholder")}
          aria-label={t("label")}
          aria-invalid={Boolean(error)}
          aria-describedby={[error ? `${listId}-error` : null, counter ? `${listId}-counter` : null].filter(Boolean).join(" ") || undefined}
          aria-controls={slashQuery !== null ? listId : suggestions.open ? suggestions.listId : undefined}
          aria-activedescendant={slashQuery !== null && choices.length ? `${listId}-${active}` : slashQuery === null ? suggestions.activeOptionId : undefined}
          className="max-h-40 min-h-11 flex-1 resize-none rounded-2xl border border-line bg-surface-muted px-4 py-2.5 text-sm placeholder:text-ink-faint focus:bg-surface"
        />
        <SuggestionsButton open={suggestions.open} onClick={suggestions.toggle} />
        <button
          type="button"
          onClick={submit}
          disabled={!text.trim()}
          aria-label={t("send")}
          className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full bg-brand text-white disabled:opacity-40"
        >
          <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="currentColor">
            <path d="M3 20.5l18-8.5L3 3.5v6.6l12 1.9-12 1.9z" />
          </svg>
        </button>
      </div>
      {counter ? (
        <p id={`${listId}-counter`} data-testid="composer-counter" className={cn("mt-1 px-2 text-right text-xs", counter.over ? "font-medium text-danger" : "text-ink-muted")}>
          {counter.over ? t("counterOver", { length: counter.length, max: counter.max, over: counter.over }) : t("counter", { length: counter.length, max: counter.max })}
        </p>
      ) : null}
      {error ? (
        <p id={`${listId}-error`} role="alert" className="mt-1 px-2 text-xs text-danger">
          {error}
        </p>
      ) : null}
      <FileDialog
        file={file}
        onClose={() => setFile(null)}
        onSend={(chosen, caption) => {
          onSend({ kind: "file", file: chosen, caption });
          setFile(null);
        }}
      />
      <MaterialsDialog
        conversationId={conversationId}
        open={materialsOpen}
        onOpenChange={setMaterialsOpen}
        onSend={(material) => {
          onSend({ kind: "material", mediaAssetId: material.id, title: material.title });
          setMaterialsOpen(false);
        }}
      />
    </div>
  );
}
