import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { canSeeConversation, visibleConversationsWhere } from "@/server/auth/conversation-visibility";
import { inboxWorld } from "@/test/inbox/inbox-world";
import { authorizeChannel } from "./authorize-channel";
import { campaignsChannel, conversationChannel, conversationPresenceChannel, inboxChannel, managersInboxChannel, settingsChannel } from "./channels";

let world: Awaited<ReturnType<typeof inboxWorld>>;
beforeAll(async () => {
  world = await inboxWorld(testDb());
});

const allowed = async (who: keyof typeof world.actors, channel: string) => (await authorizeChannel(testDb(), world.actors[who], channel)).allowed;

describe("conversation visibility (one rule for tRPC and Pusher)", () => {
  it.each([
    ["admin", true],
    ["manager", true],
    ["ana", true],
    ["bruno", false],
    ["outsider", false],
  ] as const)("%s sees Ana's conversation: %s", async (who, expected) => {
    expect(await canSeeConversation(testDb(), world.actors[who], world.conversation.id)).toBe(expected);
    expect(await allowed(who, conversationChannel(world.conversation.id))).toBe(expected);
    expect(await allowed(who, conversationPresenceChannel(world.conversation.id))).toBe(expected);
  });

  it("follows the conversation when it is transferred", async () => {
    const other = await inboxWorld(testDb());
    await testDb().conversation.update({ where: { id: other.conversation.id }, data: { assigneeId: other.users.bruno.id } });
    expect(await canSeeConversation(testDb(), other.actors.ana, other.conversation.id)).toBe(false);
    expect(await canSeeConversation(testDb(), other.actors.bruno, other.conversation.id)).toBe(true);
  });

  it("nobody but managers sees an unassigned conversation; an unknown one is seen by nobody", async () => {
    const other = await inboxWorld(testDb());
    await testDb().conversation.update({ where: { id: other.conversation.id }, data: { assigneeId: null } });
    expect(await canSeeConversation(testDb(), other.actors.ana, other.conversation.id)).toBe(false);
    expect(await canSeeConversation(testDb(), other.actors.manager, other.conversation.id)).toBe(true);
    expect(await canSeeConversation(testDb(), other.actors.admin, "nao-existe")).toBe(false);
  });

  it("the list filter matches the rule", () => {
    expect(visibleConversationsWhere(world.actors.manager)).toEqual({});
    expect(visibleConversationsWhere(world.actors.ana)).toEqual({ assigneeId: world.users.ana.id });
    expect(visibleConversationsWhere(world.actors.outsider)).toBeNull();
  });
});

describe("Pusher channel authorisation", () => {
  it("an inbox channel is its owner's only, and only with the inbox", async () => {
    expect(await allowed("ana", inboxChannel(world.users.ana.id))).toBe(true);
    expect(await allowed("ana", inboxChannel(world.users.bruno.id))).toBe(false);
    expect(await allowed("manager", inboxChannel(world.users.ana.id))).toBe(false);
    expect(await allowed("outsider", inboxChannel(world.users.outsider.id))).toBe(false);
  });

  it("the managers' channel needs INBOX_MANAGE", async () => {
    expect(await allowed("manager", managersInboxChannel)).toBe(true);
    expect(await allowed("admin", managersInboxChannel)).toBe(true);
    expect(await allowed("ana", managersInboxChannel)).toBe(false);
    expect(await allowed("outsider", managersInboxChannel)).toBe(false);
  });

  it("presence carries the member's id and name, nothing else", async () => {
    expect(await authorizeChannel(testDb(), world.actors.ana, conversationPresenceChannel(world.conversation.id))).toEqual({
      allowed: true,
      presence: { user_id: world.users.ana.id, user_info: { id: world.users.ana.id, name: "Ana Teste" } },
    });
  });

  it("campaigns is for the Campanhas permission (admins, not managers or brokers)", async () => {
    expect(await allowed("admin", campaignsChannel)).toBe(true);
    expect(await allowed("manager", campaignsChannel)).toBe(false);
    expect(await allowed("ana", campaignsChannel)).toBe(false);
  });

  it("settings is for settings users; unknown channel names are refused", async () => {
    expect(await allowed("outsider", settingsChannel)).toBe(true);
    expect(await allowed("ana", settingsChannel)).toBe(false);
    for (const name of ["private-other", "public-inbox", `private-conversation-${world.conversation.id} `]) {
      expect(await allowed("admin", name)).toBe(false);
    }
  });
});
