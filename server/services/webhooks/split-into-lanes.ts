import "server-only";

export type Keyed<T> = { item: T; keys: string[] };

/**
 * Splits events (in arrival order) into at most `lanes` groups to apply at the same time: events
 * that share a key, directly or through others, land in one group, which keeps their arrival order.
 */
export function splitIntoLanes<T>(events: Keyed<T>[], lanes: number): T[][] {
  const parent = events.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstWithKey = new Map<string, number>();
  events.forEach(({ keys }, i) => {
    for (const key of keys) {
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, i);
      else parent[root(i)] = root(other);
    }
  });
  const components = new Map<number, number[]>();
  events.forEach((_, i) => {
    const component = components.get(root(i));
    if (component) component.push(i);
    else components.set(root(i), [i]);
  });
  // Largest first onto the emptiest lane; each lane then applies in arrival order.
  const groups: number[][] = Array.from({ length: Math.max(1, lanes) }, () => []);
  for (const component of [...components.values()].sort((a, b) => b.length - a.length)) {
    const lightest = groups.reduce((min, group) => (group.length < min.length ? group : min));
    lightest.push(...component);
  }
  return groups.filter((group) => group.length > 0).map((group) => group.sort((a, b) => a - b).map((i) => events[i]!.item));
}
