// Group commit for single forwarded messages: while `slots` commits are in flight, messages that
// arrive wait and are then committed together, in one transaction of a few multi-row statements
// (processMany), instead of one transaction each. An idle server commits a message at once, so a
// message never waits for others to arrive; a busy one commits more of them per round trip.

export interface GroupCommitOptions {
  /** Commits in flight at once (each holds one database connection). */
  slots: number;
  /** The most messages one commit takes. */
  maxItems: number;
}

/** `commit` answers each of its items, in order; a rejection is every waiting item's. */
export function groupCommit<T, R>(commit: (items: T[]) => Promise<R[]>, options: GroupCommitOptions): (item: T) => Promise<R> {
  const waiting: Array<{ item: T; resolve: (r: R) => void; reject: (err: unknown) => void }> = [];
  let inFlight = 0;
  const flush = () => {
    while (inFlight < options.slots && waiting.length > 0) {
      const group = waiting.splice(0, options.maxItems);
      inFlight += 1;
      commit(group.map((w) => w.item))
        .then(
          (answers) => group.forEach((w, i) => w.resolve(answers[i])),
          (err: unknown) => group.forEach((w) => w.reject(err)),
        )
        .finally(() => {
          inFlight -= 1;
          flush();
        });
    }
  };
  return (item) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      flush();
    });
}
