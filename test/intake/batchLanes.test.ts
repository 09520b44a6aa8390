import { batchLanes, runLanes } from '../../intake/batchLanes';

describe('a batch in lanes', () => {
  it.each([
    ['distinct messages each run on their own', [{ messageId: 'a' }, { messageId: 'b' }, { messageId: 'c' }], [[0], [1], [2]]],
    ['a redelivery follows its first delivery', [{ messageId: 'a' }, { messageId: 'b' }, { messageId: 'a' }], [[0, 2], [1]]],
    ['a thread keeps its order', [{ messageId: 'a', threadId: 't' }, { messageId: 'b' }, { messageId: 'c', threadId: 't' }], [[0, 2], [1]]],
    ['items that are not messages still get a lane', [{ nonsense: true }, 'x', null], [[0], [1], [2]]],
    ['a redelivery in another thread follows its message id', [{ messageId: 'a', threadId: 't' }, { messageId: 'b', threadId: 'u' }, { messageId: 'b', threadId: 't' }], [[0], [1, 2]]],
  ])('%s', (_name, items, lanes) => {
    expect(batchLanes(items)).toEqual(lanes);
  });

  it('runs each lane in order, several lanes at once', async () => {
    const order: number[] = [];
    let inFlight = 0;
    let most = 0;
    await runLanes([[0, 3], [1], [2, 4]], 2, async (index) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      order.push(index);
      inFlight -= 1;
    });
    expect(most).toBe(2);
    expect(order.indexOf(0)).toBeLessThan(order.indexOf(3));
    expect(order.indexOf(2)).toBeLessThan(order.indexOf(4));
    expect(order.sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
