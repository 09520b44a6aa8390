import { groupCommit } from '../../intake/groupCommit';

/** A commit that records each group it was given and answers when released. */
function recorder() {
  const groups: number[][] = [];
  const release: Array<() => void> = [];
  const commit = async (items: number[]) => {
    groups.push(items);
    await new Promise<void>((resolve) => release.push(resolve));
    return items.map((n) => n * 10);
  };
  return { groups, release, commit };
}

/** Lets a finished commit hand its slot to the messages waiting. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('group commit', () => {
  it('commits a message at once when a slot is free', async () => {
    const r = recorder();
    const send = groupCommit(r.commit, { slots: 2, maxItems: 10 });
    const answer = send(1);
    expect(r.groups).toEqual([[1]]);
    r.release[0]();
    expect(await answer).toBe(10);
  });

  it('commits the messages that arrived while every slot was busy together, each answered its own', async () => {
    const r = recorder();
    const send = groupCommit(r.commit, { slots: 1, maxItems: 10 });
    const answers = [1, 2, 3, 4].map(send);
    expect(r.groups).toEqual([[1]]);
    r.release[0]();
    await settle();
    expect(r.groups).toEqual([[1], [2, 3, 4]]);
    r.release[1]();
    expect(await Promise.all(answers)).toEqual([10, 20, 30, 40]);
  });

  it('takes at most maxItems a commit', async () => {
    const r = recorder();
    const send = groupCommit(r.commit, { slots: 1, maxItems: 2 });
    const answers = [1, 2, 3, 4].map(send);
    r.release[0]();
    await settle();
    r.release[1]();
    await settle();
    expect(r.groups).toEqual([[1], [2, 3], [4]]);
    r.release[2]();
    await Promise.all(answers);
  });

  it('a failed commit fails every message in it, and the next group still commits', async () => {
    let calls = 0;
    const send = groupCommit(
      async (items: number[]) => {
        calls += 1;
        if (calls === 1) throw new Error('database gone');
        return items;
      },
      { slots: 1, maxItems: 10 },
    );
    const failed = send(1);
    const later = send(2);
    await expect(failed).rejects.toThrow('database gone');
    expect(await later).toBe(2);
  });
});
