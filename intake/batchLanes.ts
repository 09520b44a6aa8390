// A batch's items in lanes that may run side by side: items naming the same message id (a
// redelivery inside the batch) or the same thread share a lane, in the order they were sent.
// A lane is keyed by both; an item whose message id and thread already sit in two different
// lanes follows its message id, so a redelivery never outruns its first delivery.

/** Lanes in flight at once: below the database pool's size, so a batch leaves room for other requests. */
export const BATCH_LANES = 6;

/** Item indexes grouped into lanes, each in the order sent. */
export function batchLanes(items: readonly unknown[]): number[][] {
  const lanes: number[][] = [];
  const laneOf = new Map<string, number>();
  items.forEach((item, index) => {
    const { messageId, threadId } = (typeof item === 'object' && item !== null ? item : {}) as { messageId?: unknown; threadId?: unknown };
    const keys = [typeof messageId === 'string' ? `m:${messageId}` : undefined, typeof threadId === 'string' ? `t:${threadId}` : undefined].filter(
      (k): k is string => k !== undefined,
    );
    const lane = keys.map((k) => laneOf.get(k)).find((l) => l !== undefined) ?? lanes.push([]) - 1;
    lanes[lane].push(index);
    for (const key of keys) if (!laneOf.has(key)) laneOf.set(key, lane);
  });
  return lanes;
}

/** Runs every lane's items one after another, `width` lanes at a time. */
export async function runLanes(lanes: readonly number[][], width: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, lanes.length) }, async () => {
      while (next < lanes.length) {
        const lane = lanes[next++];
        for (const index of lane) await work(index);
      }
    }),
  );
}
