import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spokenWav } from "@/dev/voice-note/spoken-wav";
import { seedChannel } from "@/prisma/seed/channels";
import { seedConversation, seedLead } from "@/prisma/seed/leads";
import { uniqueWord } from "@/prisma/seed/unique";
import { putMedia } from "@/server/media/local-store";
import type { Push } from "@/server/realtime/channels";
import { conversationChannel } from "@/server/realtime/channels";
import { listConversations } from "@/server/services/inbox/list-conversations";
import { getMessage } from "@/server/services/inbox/list-messages";
import { actorOf } from "@/test/inbox/inbox-world";
import { seedUser } from "@/prisma/seed/users";
import { startStandInAssistant, type StandInAssistant } from "@/test/assistant/stand-in-assistant";
import { recordingJobs } from "@/test/recording-jobs";
import { testDb } from "@/test/db";
import { markTranscriptFailed, requestVoiceTranscription, transcribeVoiceNote } from "./transcribe-voice-note";

const db = () => testDb();
let assistant: StandInAssistant;

beforeAll(async () => {
  assistant = await startStandInAssistant();
});
afterAll(async () => {
  await assistant?.close();
});

/** A voice note the lead sent, already downloaded into our media store, on a channel with the assistant on or off. */
async function downloadedVoiceNote(words: string, assistantEnabled = true) {
  const channel = await seedChannel(db());
  await db().channel.update({ where: { id: channel.id }, data: { assistantEnabled } });
  const manager = await seedUser(db(), { profile: "manager" });
  const lead = await seedLead(db());
  const conversation = await seedConversation(db(), { leadId: lead.id, channelId: channel.id, messages: [] });
  const key = `messages/${conversation.id}/voz-${uniqueWord()}`;
  await putMedia(key, spokenWav(words));
  const message = await db().message.create({
    data: {
      conversationId: conversation.id,
      direction: "INBOUND",
      type: "AUDIO",
      status: "RECEIVED",
      content: { voice: true },
      mediaMimeType: "audio/wav",
      mediaStatus: "AVAILABLE",
      mediaStorageKey: key,
    },
  });
  return { channel, conversation, message, actor: await actorOf(db(), manager) };
}

function recorder() {
  const pushes: Push[] = [];
  return { pushes, publish: async (batch: Push[]) => void pushes.push(...batch) };
}

describe("voice-note transcription", () => {
  it("asks for it after the download, transcribes through the stand-in over HTTP, shows it on the message and finds it in the inbox search", async () => {
    const place = `Vila${uniqueWord()}`;
    const words = `Oi, aqui é a Joana. Queria visitar o decorado da ${place} no sábado de manhã.`;
    const { channel, conversation, message, actor } = await downloadedVoiceNote(words);
    const { jobs, events } = recordingJobs();
    const live = recorder();

    expect(await requestVoiceTranscription(db(), message.id, { jobs, gateway: assistant.gateway, publish: live.publish })).toBe("requested");
    expect(events.map((e) => [e.name, e.id, e.data])).toEqual([["comunicador/message.transcribe-requested", `message-transcribe-${message.id}`, { messageId: message.id }]]);
    expect((await getMessage(db(), actor, { conversationId: conversation.id, messageId: message.id }))?.transcript).toEqual({ status: "PENDING", text: null });

    expect(await transcribeVoiceNote(db(), message.id, { gateway: assistant.gateway, publish: live.publish })).toBe("transcribed");
    const view = await getMessage(db(), actor, { conversationId: conversation.id, messageId: message.id });
    expect(view?.transcript).toEqual({ status: "DONE", text: words });
    // The open thread hears of both changes.
    expect(live.pushes).toEqual([
      { channel: conversationChannel(conversation.id), event: { name: "message.updated", data: { conversationId: conversation.id, messageId: message.id, status: "RECEIVED" } } },
      { channel: conversationChannel(conversation.id), event: { name: "message.updated", data: { conversationId: conversation.id, messageId: message.id, status: "RECEIVED" } } },
    ]);
    // Recorded as the admin sees it: a transcription, the audio's size and type, no text sent.
    const call = await db().assistantCall.findFirstOrThrow({ where: { channelId: channel.id, feature: "TRANSCRIPTION" } });
    expect(call).toMatchObject({ outcome: "OK", prompt: "" });

    const found = await listConversations(db(), actor, { search: `visita decorado ${place}` });
    expect(found.items.map((c) => c.id)).toContain(conversation.id);

    // Done once: asking again changes nothing.
    expect(await requestVoiceTranscription(db(), message.id, { jobs, gateway: assistant.gateway })).toBe("skipped");
    expect(await transcribeVoiceNote(db(), message.id, { gateway: assistant.gateway })).toBe("skipped");
  });

  it("is not asked when the channel's assistant is off, nor for other media or outbound audio", async () => {
    const off = await downloadedVoiceNote("qualquer coisa", false);
    const { jobs, events } = recordingJobs();
    expect(await requestVoiceTranscription(db(), off.message.id, { jobs, gateway: assistant.gateway })).toBe("skipped");
    expect((await db().message.findUniqueOrThrow({ where: { id: off.message.id } })).transcriptStatus).toBeNull();

    const on = await downloadedVoiceNote("outra coisa");
    await db().message.update({ where: { id: on.message.id }, data: { type: "DOCUMENT" } });
    expect(await requestVoiceTranscription(db(), on.message.id, { jobs, gateway: assistant.gateway })).toBe("skipped");
    await db().message.update({ where: { id: on.message.id }, data: { type: "AUDIO", direction: "OUTBOUND" } });
    expect(await requestVoiceTranscription(db(), on.message.id, { jobs, gateway: assistant.gateway })).toBe("skipped");
    expect(events).toEqual([]);
  });

  it("clears the pending state, quietly, when the assistant was switched off before the job ran", async () => {
    const { channel, message } = await downloadedVoiceNote("ligaram e desligaram");
    const { jobs } = recordingJobs();
    await requestVoiceTranscription(db(), message.id, { jobs, gateway: assistant.gateway });
    await db().channel.update({ where: { id: channel.id }, data: { assistantEnabled: false } });
    expect(await transcribeVoiceNote(db(), message.id, { gateway: assistant.gateway, publish: recorder().publish })).toBe("skipped");
    expect(await db().message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ transcriptStatus: null, transcript: null });
  });

  it("throws provider trouble for a retry, and says FAILED once the retries are spent", async () => {
    const { message } = await downloadedVoiceNote("o provedor caiu");
    await requestVoiceTranscription(db(), message.id, { jobs: recordingJobs().jobs, gateway: assistant.gateway });
    await assistant.fail("down", 1);
    await expect(transcribeVoiceNote(db(), message.id, { gateway: assistant.gateway, publish: recorder().publish })).rejects.toMatchObject({ key: "assistant.unavailable" });
    expect((await db().message.findUniqueOrThrow({ where: { id: message.id } })).transcriptStatus).toBe("PENDING");

    const live = recorder();
    expect(await markTranscriptFailed(db(), message.id, live.publish)).toBe(true);
    expect((await db().message.findUniqueOrThrow({ where: { id: message.id } })).transcriptStatus).toBe("FAILED");
    expect(live.pushes).toHaveLength(1);
    // A late failure never overwrites a transcript.
    await db().message.update({ where: { id: message.id }, data: { transcriptStatus: "DONE", transcript: "ok" } });
    expect(await markTranscriptFailed(db(), message.id, live.publish)).toBe(false);
  });
});
