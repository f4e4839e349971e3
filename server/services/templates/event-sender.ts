import "server-only";
import { inngest } from "@/inngest/client";
import type { templateSubmitRequested } from "@/inngest/events";

export type TemplateSubmitEvent = ReturnType<typeof templateSubmitRequested.create>;

// Injectable so tests capture the event without a running Inngest executor.
export type TemplateEventSender = (event: TemplateSubmitEvent) => Promise<unknown>;

export const sendWithInngest: TemplateEventSender = (event) => inngest.send(event);
