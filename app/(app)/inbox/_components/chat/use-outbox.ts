"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "@/app/_trpc/client";
import { newClientRequestId } from "../../_lib/request-id";
import type { ChatMessage } from "../../_lib/types";
import { uploadAttachment, UploadError } from "./upload-attachment";

export type OutboundPayload =
  | { kind: "text"; body: string }
  | { kind: "material"; mediaAssetId: string; title: string }
  | { kind: "file"; file: File; caption: string };

export type OutboxItem = {
  clientRequestId: string;
  payload: OutboundPayload;
  replyTo: ChatMessage | null;
  createdAt: Date;
  state: "sending" | "failed";
  error: string | null;
};

function clientError(error: unknown): boolean {
  if (error instanceof UploadError) return error.status >= 400 && error.status < 500;
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return status !== undefined && status >= 400 && status < 500;
}

// Network trouble is retried with the same clientRequestId (the server keeps one message per id);
// a refusal (window closed, invalid file…) is shown on the bubble instead.
const retry = (count: number, error: unknown) => count < 3 && !clientError(error);

/** Optimistic sending: the bubble shows at once and is replaced by the stored message. */
export function useOutbox(conversationId: string, apply: (message: ChatMessage) => void) {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const sendText = api.inbox.sendText.useMutation({ retry });
  const sendMaterial = api.inbox.sendMaterial.useMutation({ retry });
  const upload = useMutation({ mutationFn: uploadAttachment, retry });

  const patch = (id: string, change: Partial<OutboxItem> | null) =>
    setItems((all) => (change ? all.map((item) => (item.clientRequestId === id ? { ...item, ...change } : item)) : all.filter((item) => item.clientRequestId !== id)));

  const run = async (item: OutboxItem) => {
    patch(item.clientRequestId, { state: "sending", error: null });
    const base = { conversationId, clientRequestId: item.clientRequestId, replyToMessageId: item.replyTo?.id ?? null };
    try {
      const { payload } = item;
      const message =
        payload.kind === "text"
          ? await sendText.mutateAsync({ ...base, body: payload.body })
          : payload.kind === "material"
            ? await sendMaterial.mutateAsync({ ...base, mediaAssetId: payload.mediaAssetId, caption: payload.title })
            : await upload.mutateAsync({ ...base, file: payload.file, caption: payload.caption });
      apply(message);
      patch(item.clientRequestId, null);
    } catch (error) {
      patch(item.clientRequestId, { state: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  };

  const enqueue = (payload: OutboundPayload, replyTo: ChatMessage | null) => {
    const item: OutboxItem = { clientRequestId: newClientRequestId(), payload, replyTo, createdAt: new Date(), state: "sending", error: null };
    setItems((all) => [...all, item]);
    void run(item);
  };

  return {
    items,
    enqueue,
    retry: (item: OutboxItem) => void run(item),
    discard: (item: OutboxItem) => patch(item.clientRequestId, null),
  };
}
