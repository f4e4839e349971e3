import { createHash } from "node:crypto";
import { brazilPhoneKey, normalizePhoneDigits } from "../../server/meta/phone";
import { newNumericId, newUserId } from "./ids";
import type { Persistence } from "./state-persistence";
import type { BusinessNumber, ChatMessage, FailureRule, Lead, MediaItem, SentRecord, Template } from "./state-types";

const MAX_MESSAGES_PER_CHAT = 1000;
const MAX_SENT_RECORDS = 200_000;
const SAVE_DEBOUNCE_MS = 300;
// A save writes the whole state, synchronously: with tens of thousands of messages it blocks for
// 100-400 ms, and sends that arrive meanwhile are then all seen in one instant (over a number's
// rate, where Meta, which never stalls, would count them spread out). So a save waits for a quiet
// moment (no change for SAVE_QUIET_MS), at most SAVE_LATEST_MS, and saves are spaced to take at
// most 1/SAVE_SHARE of the time.
const SAVE_SHARE = 50;
const SAVE_QUIET_MS = 1_000;
const SAVE_LATEST_MS = 60_000;

const chatKey = (phoneNumberId: string, leadKey: string) => `${phoneNumberId}:${leadKey}`;

export function createStateStore(options: { persistence: Persistence; defaultWabaId: string }) {
  const { persistence } = options;
  const numbers = new Map<string, BusinessNumber>();
  const leads = new Map<string, Lead>();
  const messages = new Map<string, ChatMessage>();
  const chats = new Map<string, ChatMessage[]>();
  const media = new Map<string, MediaItem>();
  const mediaBytes = new Map<string, Buffer>();
  const templates = new Map<string, Template>();
  let sent: SentRecord[] = [];
  let failures: FailureRule[] = [];
  let version = 0;
  let saveTimer: NodeJS.Timeout | undefined;
  let lastSaveMs = 0;
  let lastTouchAt = 0;
  let firstUnsavedAt = 0;
  const mediaWrites = new Set<Promise<void>>();

  function saveNow() {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const started = performance.now();
    persistence.save({
      numbers: [...numbers.values()],
      leads: [...leads.values()],
      messages: [...messages.values()],
      media: [...media.values()],
      templates: [...templates.values()],
    });
    lastSaveMs = performance.now() - started;
  }

  function saveWhenQuiet() {
    saveTimer = undefined;
    const now = Date.now();
    const quietIn = lastTouchAt + SAVE_QUIET_MS - now;
    if (quietIn > 0 && now - firstUnsavedAt < SAVE_LATEST_MS) saveTimer = setTimeout(saveWhenQuiet, quietIn);
    else saveNow();
  }

  /** Every change bumps the version the phone page polls, and schedules a save. */
  function touch() {
    version += 1;
    if (!persistence.enabled) return;
    lastTouchAt = Date.now();
    if (saveTimer) return;
    firstUnsavedAt = lastTouchAt;
    // A lone change (the phone page, a test) is saved soon, as before; a stream of them once it pauses.
    saveTimer = setTimeout(saveWhenQuiet, Math.max(SAVE_DEBOUNCE_MS, lastSaveMs * SAVE_SHARE));
  }

  function putNumber(number: BusinessNumber) {
    numbers.set(number.phoneNumberId, number);
    touch();
    return number;
  }

  /** Any phone number id used with a valid token exists, as if onboarded. */
  function ensureNumber(phoneNumberId: string) {
    const known = numbers.get(phoneNumberId);
    if (known) return known;
    return putNumber({
      phoneNumberId,
      wabaId: options.defaultWabaId,
      displayPhoneNumber: `5511${phoneNumberId.replace(/\D/g, "").slice(-8).padStart(8, "4")}`,
      verifiedName: "Imobiliária Sandbox",
      qualityRating: "GREEN",
      messagingLimitTier: "TIER_1K",
    });
  }

  // Parsing a phone number is most of a send's cost here; every send to a lead repeats its "to".
  const keyOfPhone = new Map<string, string | null>();
  function phoneKey(phone: string): string | null {
    let key = keyOfPhone.get(phone);
    if (key === undefined) {
      const digits = normalizePhoneDigits(phone);
      key = digits ? brazilPhoneKey(digits) : null;
      if (keyOfPhone.size > 100_000) keyOfPhone.clear();
      keyOfPhone.set(phone, key);
    }
    return key;
  }

  function findLead(phoneOrUserId: string): Lead | undefined {
    if (/^[A-Z]{2}\./.test(phoneOrUserId)) {
      return [...leads.values()].find((lead) => lead.userId === phoneOrUserId);
    }
    const key = phoneKey(phoneOrUserId);
    return key ? leads.get(key) : undefined;
  }

  function upsertLead(input: { phone: string; name?: string; usernameOnly?: boolean; autoRead?: boolean | null; stoppedMarketing?: boolean }) {
    const digits = normalizePhoneDigits(input.phone);
    if (!digits) return undefined;
    const key = brazilPhoneKey(digits);
    const existing = leads.get(key);
    const lead: Lead = existing
      ? {
          ...existing,
          name: input.name ?? existing.name,
          usernameOnly: input.usernameOnly ?? existing.usernameOnly,
          autoRead: input.autoRead === undefined ? existing.autoRead : input.autoRead,
          stoppedMarketing: input.stoppedMarketing ?? existing.stoppedMarketing,
        }
      : {
          phone: digits,
          key,
          name: input.name ?? `Lead ${digits.slice(-4)}`,
          waId: digits,
          userId: newUserId(digits.startsWith("55") ? "BR" : "US"),
          usernameOnly: input.usernameOnly ?? false,
          autoRead: input.autoRead ?? null,
          ...(input.stoppedMarketing ? { stoppedMarketing: true } : {}),
          lastInboundAt: {},
          createdAt: Date.now(),
        };
    leads.set(key, lead);
    touch();
    return lead;
  }

  function addMessage(message: ChatMessage) {
    messages.set(message.wamid, message);
    const key = chatKey(message.phoneNumberId, message.leadKey);
    const chat = chats.get(key) ?? [];
    chat.push(message);
    if (chat.length > MAX_MESSAGES_PER_CHAT) {
      for (const evicted of chat.splice(0, chat.length - MAX_MESSAGES_PER_CHAT)) messages.delete(evicted.wamid);
    }
    chats.set(key, chat);
    touch();
    return message;
  }

  function addMedia(input: { bytes: Buffer; mimeType: string; filename?: string }) {
    const item: MediaItem = {
      id: newNumericId(),
      mimeType: input.mimeType,
      sha256: createHash("sha256").update(input.bytes).digest("hex"),
      fileSize: input.bytes.length,
      filename: input.filename,
      createdAt: Date.now(),
    };
    media.set(item.id, item);
    mediaBytes.set(item.id, input.bytes);
    const write = persistence
      .saveMedia(item.id, input.bytes)
      .catch(() => undefined)
      .finally(() => mediaWrites.delete(write));
    mediaWrites.add(write);
    touch();
    return item;
  }

  function getMediaBytes(id: string): Buffer | undefined {
    const cached = mediaBytes.get(id);
    if (cached) return cached;
    const loaded = media.has(id) ? persistence.loadMedia(id) : undefined;
    if (loaded) mediaBytes.set(id, loaded);
    return loaded;
  }

  function recordSent(record: SentRecord) {
    sent.push(record);
    if (sent.length > MAX_SENT_RECORDS) sent = sent.slice(-MAX_SENT_RECORDS / 2);
  }

  /** Consumes one injected failure for this number, if any is armed. */
  function takeFailure(phoneNumberId: string): FailureRule | undefined {
    const rule = failures.find((candidate) => !candidate.phoneNumberId || candidate.phoneNumberId === phoneNumberId);
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) failures = failures.filter((candidate) => candidate !== rule);
    return rule;
  }

  function reset(includeNumbers: boolean) {
    if (includeNumbers) numbers.clear();
    for (const map of [leads, messages, chats, media, mediaBytes, templates]) map.clear();
    sent = [];
    failures = [];
    touch();
  }

  function restore() {
    const snapshot = persistence.load();
    if (!snapshot) return;
    for (const number of snapshot.numbers ?? []) numbers.set(number.phoneNumberId, number);
    for (const lead of snapshot.leads ?? []) leads.set(lead.key, lead);
    for (const item of snapshot.media ?? []) media.set(item.id, item);
    for (const template of snapshot.templates ?? []) templates.set(template.id, template);
    for (const message of snapshot.messages ?? []) addMessage(message);
  }

  restore();

  return {
    get version() {
      return version;
    },
    touch,
    putNumber,
    ensureNumber,
    getNumber: (id: string) => numbers.get(id),
    listNumbers: () => [...numbers.values()],
    findLead,
    getLead: (key: string) => leads.get(key),
    upsertLead,
    listLeads: () => [...leads.values()],
    addMessage,
    getMessage: (wamid: string) => messages.get(wamid),
    chat: (phoneNumberId: string, leadKey: string) => chats.get(chatKey(phoneNumberId, leadKey)) ?? [],
    addMedia,
    getMedia: (id: string) => media.get(id),
    getMediaBytes,
    deleteMedia: (id: string) => media.delete(id) && mediaBytes.delete(id),
    putTemplate: (template: Template) => {
      templates.set(template.id, template);
      touch();
      return template;
    },
    getTemplate: (id: string) => templates.get(id),
    listTemplates: (wabaId?: string) => [...templates.values()].filter((template) => !wabaId || template.wabaId === wabaId),
    deleteTemplate: (id: string) => {
      templates.delete(id);
      touch();
    },
    recordSent,
    listSent: () => sent,
    addFailure: (rule: FailureRule) => failures.push(rule),
    listFailures: () => failures,
    takeFailure,
    reset,
    /** Writes everything pending to disk (used on close). */
    flush: async () => {
      await Promise.all(mediaWrites);
      if (persistence.enabled) saveNow();
    },
  };
}

export type StateStore = ReturnType<typeof createStateStore>;
