// A tenant whose page is in Welsh (the activity's locale cy-GB) is answered in Welsh from the
// first message to the reference and dates, taps Welsh buttons, types Welsh commands, and the
// case is stored as it would be in English.
import { messageActivity, startCaptureConnector, type CaptureConnector } from '../support/captureConnector';
import { replyText } from '../support/intakeHarness';
import { startTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
let connector: CaptureConnector;
beforeAll(async () => {
  app = await startTestApp({ LANDLORD_NAME: 'Tai Cwm Taf' });
  connector = await startCaptureConnector();
});
afterAll(async () => {
  await app.stop();
  await connector.close();
});

async function send(conversationId: string, text: string, locale = 'cy-GB'): Promise<string> {
  const before = connector.received.length;
  const res = await fetch(`${app.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(messageActivity(connector.serviceUrl, conversationId, text, { channelId: 'webchat', locale })),
  });
  expect(res.status).toBe(200);
  return connector.received
    .slice(before)
    .filter((r) => r.conversationId === conversationId)
    .map((r) => replyText(r.activity))
    .join('\n');
}


// What an English speaker would see at each step, to prove none of it reaches a Welsh turn.
const ENGLISH = /\b(?:the|please|what|your|you|we|is|and)\b/i;

it('a complaint from the first message to the reference, all in Welsh, stored as in English', async () => {
  const id = 'welsh-complaint';
  const turns: Array<[string, RegExp]> = [
    ["Mae'r boeler wedi torri ers tair wythnos a does neb wedi dod i'w drwsio. Dw i eisiau gwneud cwyn.", /cwyno am ein gwasanaeth[\s\S]*\[Ie\]/],
    // "ers tair wythnos" (for three weeks) already said when, and that it goes on: neither is asked.
    ['Ie', /Am ba wasanaeth/],
    ['Hepgor', /effeithio arnoch chi/],
    ['Mae fy mhlant yn oer bob nos', /Beth hoffech chi i ni ei wneud/],
    ['Trwsio’r boeler ac iawndal', /sefyllfa[\s\S]*\[Ie\] \[Na\]/],
    // Writing about their own boiler ("Dw i"): not asked whether they write for someone else.
    ['Na', /Beth yw eich enw/],
    ['Siân Jones', /Sut dylen ni anfon ein hateb/],
    ['E-bost', /cyfeiriad e-bost/],
    ['sian@example.org', /grynodeb[\s\S]*\*\*Pryd\*\*: dydd \w+ \d+ \w+ 20\d\d \(yn dal i ddigwydd\)[\s\S]*\[Ie, anfonwch\]/],
  ];
  for (const [said, expected] of turns) {
    const reply = await send(id, said);
    expect(reply).toMatch(expected);
    // Only what the tenant typed may be English; every word of ours is Welsh.
    expect(reply.replace(/"[^"]*"|Mae&#x27;r[^\n]*|sian@example.org|Siân Jones|Trwsio’r boeler ac iawndal|Mae fy mhlant yn oer bob nos/g, '')).not.toMatch(ENGLISH);
  }
  const outcome = await send(id, 'Ie, anfonwch');
  expect(outcome).toMatch(/Eich cyfeirnod yw CMP-20\d\d-\d{6}/);
  expect(outcome).toMatch(/erbyn dydd \w+ \d+ \w+ 20\d\d/);

  const reference = /CMP-20\d\d-\d{6}/.exec(outcome)![0];
  const stored = await app.app.context.caseStore.findByReference(reference);
  expect(stored).toMatchObject({ outcome: 'stage1_opened' });
  expect(stored!.caseData.desiredOutcome).toBe('Trwsio’r boeler ac iawndal');
});

it('Welsh commands work at any point, and Welsh yes and no answer a question', async () => {
  const id = 'welsh-commands';
  await send(id, 'Mae sŵn uchel gan fy nghymydog bob nos');
  expect(await send(id, 'cymorth')).toMatch(/dechrau eto/);
  expect(await send(id, 'siarad â pherson')).toMatch(/aelod o'n tîm/);
  expect(await send(id, 'canslo')).toMatch(/Does dim byd wedi cael ei anfon|wedi stopio/);
});

it('follows the page: switched back to English, the same conversation goes on in English', async () => {
  const id = 'switch-back';
  expect(await send(id, 'Mae tap y gegin yn diferu')).toMatch(/Helo, croeso/);
  const reply = await send(id, 'help', 'en-GB');
  expect(reply).toMatch(/type:[\s\S]*start again/);
  expect(reply).not.toMatch(/dechrau eto/);
});
