"use client";

const FIRST_WAIT_MS = 2_000;
const LONGEST_WAIT_MS = 10_000;
const JITTER_MS = 1_000;

type Socket = { connection: { state: string }; connect(): void; disconnect(): void };

// After a refused attempt, pusher-js waits out 15 s, then 30 s, then 60 s before the next one: a
// Soketi back after a 10 s outage was found half a minute later, and only then did the inbox catch
// up. While the socket is down, a fresh attempt every few seconds finds it sooner: 2 s, doubling up
// to 10 s, longer than a slow network's handshake (which a fresh attempt would cut short), with a
// little jitter so that the tabs a restart dropped together do not all knock at once.
export function reconnectSooner(socket: Socket, random: () => number = Math.random) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wait = FIRST_WAIT_MS;
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const retry = () => {
    timer = undefined;
    if (!navigator.onLine || socket.connection.state === "connected") return;
    wait = Math.min(wait * 2, LONGEST_WAIT_MS);
    socket.disconnect();
    socket.connect();
  };
  return {
    /** Every state change, as the page shows it ("offline" while the browser is). */
    stateChanged(state: string) {
      if (state === "connected" || state === "offline") {
        stop();
        wait = FIRST_WAIT_MS;
        return;
      }
      timer ??= setTimeout(retry, wait + random() * JITTER_MS);
    },
    stop,
  };
}
