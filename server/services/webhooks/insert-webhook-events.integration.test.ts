import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { createWebhookEventInserter, type WebhookEventRow } from "./insert-webhook-events";

const db = () => getDb();
const row = (id: string, payload = "{}"): WebhookEventRow => ({ id, rawBody: `{"id":"${id}"}`, payload, receivedAt: new Date(), error: null });
const unique = () => `T${Date.now()}${Math.random().toString(36).slice(2, 10)}`.toUpperCase();

describe("storing webhook events with group commit", () => {
  it("stores the events that arrive while an insert is in flight together, each caller answered once its row is in", async () => {
    const insert = createWebhookEventInserter(db());
    const ids = Array.from({ length: 30 }, unique);
    await Promise.all(ids.map((id) => insert(row(id))));
    expect(await db().webhookEvent.count({ where: { id: { in: ids } } })).toBe(30);
  });

  it("a row the database refuses fails alone, not the rows stored beside it", async () => {
    const insert = createWebhookEventInserter(db());
    const good = Array.from({ length: 5 }, unique);
    const bad = unique();
    const first = insert(row(unique()));
    // Queued while the first insert is in flight: they go together in the next one.
    const results = await Promise.allSettled([...good.map((id) => insert(row(id))), insert(row(bad, "{ not json"))]);
    await first;
    expect(results.map((r) => r.status)).toEqual([...good.map(() => "fulfilled"), "rejected"]);
    expect(await db().webhookEvent.count({ where: { id: { in: good } } })).toBe(5);
    expect(await db().webhookEvent.count({ where: { id: bad } })).toBe(0);
  });
});
