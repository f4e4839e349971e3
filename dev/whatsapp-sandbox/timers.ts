/** setTimeout that close()/reset can cancel all at once, so tests never leak timers. */
export function createTimers() {
  const pending = new Set<NodeJS.Timeout>();

  function after(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      pending.delete(timer);
      run();
    }, ms);
    pending.add(timer);
    return timer;
  }

  function cancel(timer: NodeJS.Timeout | undefined) {
    if (!timer) return;
    clearTimeout(timer);
    pending.delete(timer);
  }

  function cancelAll() {
    for (const timer of pending) clearTimeout(timer);
    pending.clear();
  }

  return { after, cancel, cancelAll, get size() {
    return pending.size;
  } };
}

export type Timers = ReturnType<typeof createTimers>;
