import { describe, expect, it } from "vitest";
import { queueForChannel } from "./channel-lead-queue";

const member = (userId: string, eligible = true) => ({ userId, eligible });
const jardins = { id: "q-jardins", name: "Fila Jardins", developmentIds: ["d-jardins"], members: [member("ana"), member("bruno", false)] };
const marina = { id: "q-marina", name: "Fila Marina", developmentIds: ["d-marina"], members: [member("carla")] };
const general = { id: "q-geral", name: "Fila Geral", developmentIds: [], members: [member("ana")] };
const byDevelopments = (...developmentIds: string[]) => ({ leadQueueId: null, developmentIds });

describe("where a channel's leads land", () => {
  it("is the channel's own queue, ahead of any its developments would pick", () => {
    const newer = { id: "q-novo", name: "Fila Nova", developmentIds: [], members: [member("carla")] };
    expect(queueForChannel([general, jardins, newer], { leadQueueId: "q-novo", developmentIds: ["d-jardins"] })).toEqual({ id: "q-novo", name: "Fila Nova", eligibleMembers: 1 });
  });

  it("falls back to the developments' queue when its own has nobody to serve, as distribution does", () => {
    const empty = { id: "q-vazia", name: "Fila Vazia", developmentIds: [], members: [member("bruno", false)] };
    expect(queueForChannel([general, jardins, empty], { leadQueueId: "q-vazia", developmentIds: ["d-jardins"] })).toEqual({ id: "q-jardins", name: "Fila Jardins", eligibleMembers: 1 });
  });

  it("without a queue of its own, is the queue for the channel's developments", () => {
    expect(queueForChannel([general, jardins, marina], byDevelopments("d-jardins"))).toEqual({ id: "q-jardins", name: "Fila Jardins", eligibleMembers: 1 });
    expect(queueForChannel([jardins, marina, general], byDevelopments())).toEqual({ id: "q-geral", name: "Fila Geral", eligibleMembers: 1 });
  });

  it("is nobody's when no Comunicador queue serves them: the channel page warns", () => {
    expect(queueForChannel([jardins, marina], byDevelopments("d-outro"))).toBeNull();
    expect(queueForChannel([], byDevelopments("d-jardins"))).toBeNull();
  });

  it("names a queue without available brokers, so the warning can say so", () => {
    const empty = { ...jardins, members: [member("bruno", false)] };
    expect(queueForChannel([empty], byDevelopments("d-jardins"))).toEqual({ id: "q-jardins", name: "Fila Jardins", eligibleMembers: 0 });
  });
});
