// The shorter conversation in Welsh: what the first message said is not asked again, a refusal is
// told at once in Welsh, and a Welsh option typed with a small slip is that option.
import { inLanguage } from '../../templates/language';
import { Conversation, intakeServices } from '../support/intakeHarness';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.dispose());

/** A conversation whose every turn is answered in Welsh, as a cy-GB page's are. */
function welshConversation(opening: string) {
  const c = new Conversation(intakeServices(testDb), opening);
  return { say: (text: string) => inLanguage('cy', () => c.say(text)), transcript: c.transcript };
}

it('a claim already filed at court, said in Welsh, is refused at once in Welsh with the Ombudsman', async () => {
  const opening = "Mae to'r gegin wedi gollwng ers mis Mawrth. Mae fy nghyfreithiwr wedi cyflwyno hawliad yn eich erbyn yn y llys sirol. Dw i eisiau iddo gael ei drwsio nawr.";
  const c = welshConversation(opening);
  let reply = await c.say(opening);
  if (/Ydy hynny'n iawn/.test(reply) && !/cwyno am ein gwasanaeth/.test(reply)) reply = await c.say('Gwneud cwyn');
  else reply = await c.say('Ie');
  expect(reply).toMatch(/ni allwn ddelio â hyn drwy ein proses gwynion/);
  expect(reply).toMatch(/wedi cael ei gyflwyno i(?:'|&#x27;)r llys/);
  expect(reply).toMatch(/0300 111 3000/);
  expect(reply).not.toMatch(/Oes hawliad eisoes wedi cael ei gyflwyno/);
  expect(reply).toMatch(/Beth yw eich enw/);
});
