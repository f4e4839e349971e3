import superjson from "superjson";
import type { ChatMessage } from "../../_lib/types";

export type AttachmentInput = { conversationId: string; clientRequestId: string; replyToMessageId: string | null; file: File; caption: string };

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

// Files go as multipart to the inbox's own route (tRPC speaks JSON); the answer is the stored
// message, serialised like tRPC's so dates survive.
export async function uploadAttachment(input: AttachmentInput): Promise<ChatMessage> {
  const form = new FormData();
  form.set("conversationId", input.conversationId);
  form.set("clientRequestId", input.clientRequestId);
  if (input.replyToMessageId) form.set("replyToMessageId", input.replyToMessageId);
  if (input.caption.trim()) form.set("caption", input.caption.trim());
  form.set("file", input.file, input.file.name);
  const response = await fetch("/inbox/attachments", { method: "POST", body: form });
  const text = await response.text();
  if (!response.ok) {
    const error = (() => {
      try {
        return (JSON.parse(text) as { error?: string }).error;
      } catch {
        return undefined;
      }
    })();
    throw new UploadError(error ?? response.statusText, response.status);
  }
  return superjson.parse<ChatMessage>(text);
}
