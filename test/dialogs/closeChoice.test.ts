// An option typed instead of tapped — its label, or a close variant, in English or Welsh — is
// that option; words that fit none, or fit two, are not guessed at.
import { closeChoice } from '../../dialogs/closeChoice';
import { Conversation, intakeServices } from '../support/intakeHarness';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';

const CATEGORIES = ['Repair or request', 'Anti-social behaviour', 'Put something right', 'Make a complaint', 'Say thank you'].map((value) => ({ value }));
const YES_NO = [{ value: 'Yes' }, { value: 'No' }];

describe('a typed option', () => {
  it.each([
    ['make a complant', CATEGORIES, 'Make a complaint'],
    ['Make a complaint please', CATEGORIES, 'Make a complaint'],
    ['complaint', CATEGORIES, 'Make a complaint'],
    ['repair', CATEGORIES, 'Repair or request'],
    ['anti social behavior', CATEGORIES, 'Anti-social behaviour'],
    ['Gwneud cwyn', CATEGORIES, 'Make a complaint'],
    ['gwneud cwyn plis', CATEGORIES, 'Make a complaint'],
    ['Ymddygiad gwrthgymdeithasol', CATEGORIES, 'Anti-social behaviour'],
    ['atgyweiriad', CATEGORIES, 'Repair or request'],
  ])('%j is %s', (typed, choices, expected) => {
    expect(closeChoice(typed, choices)?.value).toBe(expected);
  });

  it.each([
    ['purple', YES_NO],
    ['banana', CATEGORIES],
    ['do', YES_NO],
    ['so', YES_NO],
    ['something', [{ value: 'No, something else' }, { value: 'Change something' }]],
  ])('%j is none of them', (typed, choices) => {
    expect(closeChoice(typed, choices)).toBeUndefined();
  });
});

describe('in the conversation', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await openTestDatabase();
  });
  afterAll(() => testDb.dispose());

  it('"Make a complaint" typed when it already sounds like a complaint is a yes', async () => {
    const opening = 'The repairs team missed three appointments to fix my boiler and nobody called me, I am fed up';
    const c = new Conversation(intakeServices(testDb), opening);
    expect(await c.say(opening)).toMatch(/want to complain about our service\. Is that right\?/);
    expect(await c.say('Make a complaint')).not.toMatch(/Please choose one of the options|Which of these is closest/);
  });

  it('a label typed with a typo at the list of kinds is that kind', async () => {
    const opening = 'hello';
    const c = new Conversation(intakeServices(testDb), opening);
    let reply = await c.say(opening);
    if (/Please tell us a little/.test(reply)) reply = await c.say('I need to talk about something');
    if (/Is that right/.test(reply)) reply = await c.say('No, something else');
    expect(reply).toMatch(/Which of these is closest/);
    expect(await c.say('anti social behavior')).toMatch(/in danger right now/);
  });
});
