import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { reconnectSooner } from "./reconnect-sooner";

function fakeSocket() {
  const socket = {
    connection: { state: "connecting" },
    attempts: 0,
    connect: () => void (socket.attempts += 1),
    disconnect: () => undefined,
  };
  return socket;
}

describe("reconnectSooner", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal("navigator", { onLine: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("while down, tries again after 2 s, then 4, 8, and every 10 s", () => {
    const socket = fakeSocket();
    const sooner = reconnectSooner(socket, () => 0);
    const attemptsAt = (ms: number) => {
      vi.advanceTimersByTime(ms);
      sooner.stateChanged("connecting");
      return socket.attempts;
    };
    sooner.stateChanged("connecting");
    expect(attemptsAt(1_999)).toBe(0);
    expect(attemptsAt(1)).toBe(1);
    expect(attemptsAt(4_000)).toBe(2);
    expect(attemptsAt(8_000)).toBe(3);
    expect(attemptsAt(10_000)).toBe(4);
    expect(attemptsAt(10_000)).toBe(5);
  });

  it("stops once connected, and starts over at 2 s after the next drop", () => {
    const socket = fakeSocket();
    const sooner = reconnectSooner(socket, () => 0);
    sooner.stateChanged("connecting");
    vi.advanceTimersByTime(2_000);
    sooner.stateChanged("connecting");
    sooner.stateChanged("connected");
    socket.connection.state = "connected";
    vi.advanceTimersByTime(60_000);
    expect(socket.attempts).toBe(1);

    socket.connection.state = "connecting";
    sooner.stateChanged("connecting");
    vi.advanceTimersByTime(2_000);
    expect(socket.attempts).toBe(2);
  });

  it("leaves an offline browser alone: coming back online reconnects it", () => {
    const socket = fakeSocket();
    const sooner = reconnectSooner(socket, () => 0);
    sooner.stateChanged("connecting");
    sooner.stateChanged("offline");
    vi.advanceTimersByTime(60_000);
    expect(socket.attempts).toBe(0);
  });
});
