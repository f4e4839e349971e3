import { describe, expect, it } from "vitest";
import { queueForDevelopments } from "./channel-lead-queue";

const member = (userId: string, eligible = true) => ({ userId, eligible });
const jardins = { id: "q-jardins", name: "Fila Jardins", developmentIds: ["d-jardins"], members: [member("ana"), member("bruno", false)] };
const marina = { id: "q-marina", name: "Fila Marina", developmentIds: ["d-marina"], members: [member("carla")] };
const general = { id: "q-geral", name: "Fila Geral", developmentIds: [], members: [member("ana")] };

describe("where a channel's leads land", () => {
  it("is the queue for the channel's developments, as distribution picks it", () => {
    expect(queueForDevelopments([general, jardins, marina], ["d-jardins"])).toEqual({ id: "q-jardins", name: "Fila Jardins", eligibleMembers: 1 });
    expect(queueForDevelopments([jardins, marina, general], [])).toEqual({ id: "q-geral", name: "Fila Geral", eligibleMembers: 1 });
  });

  it("is nobody's when no Comunicador queue serves them: the channel page warns", () => {
    expect(queueForDevelopments([jardins, marina], ["d-outro"])).toBeNull();
    expect(queueForDevelopments([], ["d-jardins"])).toBeNull();
  });

  it("names a queue without available brokers, so the warning can say so", () => {
    const empty = { ...jardins, members: [member("bruno", false)] };
    expect(queueForDevelopments([empty], ["d-jardins"])).toEqual({ id: "q-jardins", name: "Fila Jardins", eligibleMembers: 0 });
  });
});
