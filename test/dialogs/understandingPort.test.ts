// A date answer costs one understanding call at most: with Azure AI Language each call is several
// remote requests, and the tenant waits for every one of them.
import { createUnderstanding, type UnderstandingService } from '../../understanding';
import { Conversation, intakeServices } from '../support/intakeHarness';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.dispose());

/** The real understanding, counting the texts it is asked to read. */
function countingUnderstanding() {
  const real: UnderstandingService = createUnderstanding();
  const read: string[] = [];
  const understand: UnderstandingService['understand'] = (text, opts) => {
    read.push(text);
    return real.understand(text, opts);
  };
  return { understand, read };
}

async function atDateQuestion(understand: UnderstandingService['understand']) {
  const opening = 'Someone keeps dumping rubbish by the bins outside my block';
  const c = new Conversation(intakeServices(testDb, 'code-2024', undefined, understand), opening);
  const first = await c.say(opening);
  let next = await c.chooseJourney(first, 'Anti-social behaviour', /anti-social behaviour/);
  for (const answer of ['No', 'Yes']) if (!/When did it start/.test(next)) next = await c.say(answer);
  expect(next).toMatch(/When did it start/);
  return c;
}

describe('answering a date question', () => {
  it.each([
    ['a date', 'about 3 weeks ago', /writing for yourself|What is your name|address/],
    ['words with no date', 'the blue one', /could not work out a date/],
    ['not sure', 'not sure', /writing for yourself|What is your name|address/],
  ])('with %s calls understanding at most once', async (_kind, answer, next) => {
    const { understand, read } = countingUnderstanding();
    const c = await atDateQuestion(understand);
    read.length = 0;
    expect(await c.say(answer)).toMatch(next);
    expect(read.filter((t) => t === answer).length).toBeLessThanOrEqual(1);
    expect(read.length).toBeLessThanOrEqual(1);
  });
});
