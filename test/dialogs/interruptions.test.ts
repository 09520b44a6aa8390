// At any point: help, cancel, start again, talk to a person, and danger words — and a typo
// re-prompts, it never ends the conversation.
import { handoffRequests } from '../../store/schema';
import { Conversation, intakeServices } from '../support/intakeHarness';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.dispose());

/** A conversation paused at "Where is the problem?" in a repair request. */
async function atWhereQuestion() {
  const opening = 'The boiler is making a loud banging noise';
  const c = new Conversation(intakeServices(testDb), opening);
  const first = await c.say(opening);
  const next = await c.chooseJourney(first, 'Repair or request', /something needs repairing/);
  expect(next).toMatch(/Where is the problem/);
  return c;
}

describe.each([
  ['help', 'help', [/I'm here to take a repair request/, /Where is the problem/]],
  ['help, politely', 'Help please!', [/start again/, /Where is the problem/]],
])('%s', (_name, command, expected) => {
  it('is answered, and the same question is asked again', async () => {
    const c = await atWhereQuestion();
    await c.run([{ user: command, bot: expected }]);
    await c.run([{ user: 'bathroom', bot: [/When did it start/] }]);
  });
});

describe('talk to a person: who they are and how to reach them come before any promise', () => {
  it.each([
    ['talk to a person', 'Phone', '07911 123456', /contact you on 07911 123456 by \w+day/, '07911 123456'],
    ['Can I speak to a human', 'Email', 'sam@example.com', /contact you on sam@example.com by \w+day/, 'sam@example.com'],
    ['talk to a person', 'Here in the chat', undefined, /answer you here in this chat by \w+day/, null],
  ])('"%s", reached by %s: the promise names how, and the same question is asked again', async (command, method, address, promise, contact) => {
    const c = await atWhereQuestion();
    const asked = await c.say(command);
    expect(asked).toMatch(/what name should we use/);
    expect(asked).not.toMatch(/contact you|answer you/);
    expect(await c.say('Sam Jones')).toMatch(/How should we reach you/);
    const steps = address ? [{ user: method }, { user: address, bot: [promise, /Where is the problem/] }] : [{ user: method, bot: [promise, /Where is the problem/] }];
    await c.run(steps);
    const rows = await testDb.database.db.select().from(handoffRequests);
    expect(rows.at(-1)).toMatchObject({ channel: 'webchat', status: 'open', contactBy: '2026-11-25', contactName: 'Sam Jones', contact, said: 'The boiler is making a loud banging noise' });
    await c.run([{ user: 'bathroom', bot: [/When did it start/] }]);
  });
});

it('"cancel" stops, and nothing is sent', async () => {
  const c = await atWhereQuestion();
  await c.run([{ user: 'cancel', bot: [/we have stopped. Nothing has been sent/] }]);
  // The journey is over (no question waiting) and handed nothing on.
  expect(c.client.dialogTurnResult.status).toBe('complete');
  expect(c.client.dialogTurnResult.result).toBeUndefined();
});

it('"start again" goes back to the first question', async () => {
  const c = await atWhereQuestion();
  await c.run([{ user: 'start again', bot: [/start again/, /Tell us what has happened/] }]);
});

it.each([
  ['I can smell gas in the kitchen', /0800 111 999/],
  ['There are sparks coming from the socket', /Electrical danger/],
  ['I want to kill myself', /Samaritans on \*\*116 123\*\*/],
  ['The boiler is broken and my newborn baby is freezing', /emergency repair/],
])('danger words ("%s") get the emergency numbers first, then the conversation carries on', async (text, advice) => {
  const c = await atWhereQuestion();
  const reply = await c.say(text);
  expect(reply).toMatch(/call 999 now/);
  expect(reply).toMatch(advice);
  expect(reply.indexOf('999')).toBeLessThan(reply.indexOf('When did it start'));
});

it('a sentence that merely contains a command word is an answer, not a command', async () => {
  const c = await atWhereQuestion();
  await c.run([{ user: 'I need help, it is the bathroom', bot: [/When did it start/] }]);
});

it('an answer that is not one of the choices re-prompts with guidance, and after a few tries offers a person', async () => {
  const c = await atWhereQuestion();
  await c.run([{ user: 'bathroom' }, { user: 'last week', bot: [/first time you have told us/] }]);
  await c.run([
    { user: 'banana', bot: [/Please choose one of the options/] },
    { user: 'purple', bot: [/Please choose one of the options/] },
    { user: 'qwerty', bot: [/talk to a person/] },
    { user: 'Yes', bot: [/address of the home/] },
  ]);
});

it('a date it cannot read is asked again with examples', async () => {
  const c = await atWhereQuestion();
  await c.run([
    { user: 'bathroom', bot: [/When did it start/] },
    { user: 'blue', bot: [/could not work out a date/] },
    { user: '3 days ago', bot: [/first time/] },
  ]);
});

it('an email address with a typo is asked again', async () => {
  const c = await atWhereQuestion();
  await c.run([{ user: 'bathroom' }, { user: '3 days ago' }, { user: 'Yes' }, { user: '14 Park Road' }, { user: 'For myself' }, { user: 'Sam' }, { user: 'Email' }]);
  await c.run([
    { user: 'sam@example', bot: [/does not look like an email address/] },
    { user: 'sam@example.org', bot: [/summary before you send it/] },
  ]);
});
