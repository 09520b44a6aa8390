// The bot around the dialogs: welcome, Teams mentions and Adaptive Card submits, very long
// messages, idle conversations and conversations started on an older dialog version.
import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { IntakeBot, MESSAGE_LIMIT } from '../../bot/intakeBot';
import { MainDialog } from '../../dialogs/mainDialog';
import { intakeServices, NOW, replyText } from '../support/intakeHarness';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.dispose());

function botHarness(channelId = 'webchat', clock = { now: NOW }) {
  const memory: Record<string, string> = {};
  const storage = new MemoryStorage(memory);
  const conversationState = new ConversationState(storage);
  const services = { ...intakeServices(testDb), now: () => clock.now };
  const bot = new IntakeBot(conversationState, new MainDialog(services), services, { idleMinutes: 30 });
  const adapter = new TestAdapter((context) => bot.run(context), { channelId, conversation: { id: `conv-${Math.random()}` } } as Partial<Activity>);
  const send = async (activity: string | Partial<Activity>): Promise<Partial<Activity>[]> => {
    await adapter.receiveActivity(activity);
    return adapter.activeQueue.splice(0);
  };
  return { send, memory, clock };
}

const texts = (replies: Partial<Activity>[]) => replies.map(replyText).join('\n');

it('welcomes a tenant once, saying what it can do and that a person is always available', async () => {
  const { send } = botHarness();
  const first = texts(await send({ type: 'conversationUpdate', membersAdded: [{ id: 'tenant' }], recipient: { id: 'bot' } } as Partial<Activity>));
  expect(first).toMatch(/A person is always available/);
  expect(first).toMatch(/Tell us what has happened, in your own words/);
  const next = texts(await send('There is a crack in my bathroom window'));
  expect(next).not.toMatch(/A person is always available/);
});

it('a tenant who writes first is welcomed, and what they wrote is taken as their account', async () => {
  const { send } = botHarness();
  const replies = texts(await send('I smell gas in my kitchen'));
  expect(replies).toMatch(/A person is always available/);
  expect(replies).toMatch(/0800 111 999/);
  expect(replies).not.toMatch(/Tell us what has happened/);
});

it(`a message longer than ${MESSAGE_LIMIT} characters is accepted, trimmed, with a note`, async () => {
  const { send } = botHarness();
  const replies = texts(await send(`My ceiling leaks. ${'It is awful. '.repeat(400)}`));
  expect(replies).toMatch(new RegExp(`kept the first ${MESSAGE_LIMIT} characters`));
  expect(replies).toMatch(/Is that right\?|Which of these|Please tell us/);
});

it('a conversation left idle starts afresh, with a note', async () => {
  const { send, clock } = botHarness();
  await send('hello');
  clock.now = new Date(NOW.getTime() + 31 * 60_000);
  const replies = texts(await send('There is a crack in my bathroom window'));
  expect(replies).toMatch(/It has been a while since we last spoke/);
  expect(replies).toMatch(/Is that right\?|Which of these|Please tell us/);
});

it('a conversation begun on an older dialog version restarts politely', async () => {
  const { send, memory } = botHarness();
  await send('hello');
  // Leave the state as an older deployment would have: a waiting dialog, an older version.
  const key = Object.keys(memory).find((k) => k.includes('/conversations/'))!;
  const state = JSON.parse(memory[key]);
  state.session.dialogVersion = 0;
  memory[key] = JSON.stringify(state);
  const replies = texts(await send('There is a crack in my bathroom window'));
  expect(replies).toMatch(/We have updated this service since we last spoke/);
  expect(replies).toMatch(/Is that right\?|Which of these|Please tell us/);
});

describe('in Teams', () => {
  it('asks choice questions with an Adaptive Card (schema 1.5, Action.Submit, at most 3 buttons)', async () => {
    const { send } = botHarness('msteams');
    await send('hello');
    const replies = await send('The contractor was rude to me and I want to complain');
    const card = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(card).toBeDefined();
    expect(card!.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const actions = (card!.content as { actions: Array<{ type: string }> }).actions;
    expect(actions.length).toBeLessThanOrEqual(3);
    expect(actions.every((a) => a.type === 'Action.Submit')).toBe(true);
  });

  it('handles a card submit, which arrives as a value with no text, and removes @mentions of the bot', async () => {
    const { send } = botHarness('msteams');
    await send('hello');
    const mention = { type: 'mention', mentioned: { id: 'bot', name: 'Intake' }, text: '<at>Intake</at>' };
    const question = texts(
      await send({ type: 'message', text: '<at>Intake</at> The bin store gate has been left open again', entities: [mention], recipient: { id: 'bot', name: 'Intake' } } as Partial<Activity>),
    );
    expect(question).toMatch(/Is that right\?|Which of these/);
    const answer = /Is that right\?/.test(question) ? 'No, something else' : 'Put something right';
    const next = texts(await send({ type: 'message', value: { choice: answer } } as Partial<Activity>));
    expect(next).toMatch(/Which of these is closest|What would put it right/);
  });
});
