// The seed article: a queue feeds the Comunicador when it carries this tag or the "Comunicador CV" flag.
export const COMUNICADOR_QUEUE_TAG = "cvcrmcomunicador";

export const QUEUE_ORIGINS = ["CHAT_ONLINE", "CHATBOT"] as const;
export type QueueOrigin = (typeof QUEUE_ORIGINS)[number];

export function isComunicadorQueue(queue: { tag: string | null | undefined; comunicadorFlag: boolean }): boolean {
  return queue.comunicadorFlag || queue.tag?.trim().toLowerCase() === COMUNICADOR_QUEUE_TAG;
}
