// A tenant on the ENGLISH page (locale en-GB, chosen by the browser) whose first message is in
// Welsh is answered in Welsh from the first reply on, and keeps being answered in Welsh whatever
// short answer follows; the case records Welsh as their language. A mostly-English message with a
// Welsh greeting stays English. The first messages are an outside writer's (welsh-first-01…10).
import { messageActivity, startCaptureConnector, type CaptureConnector } from '../support/captureConnector';
import { replyText } from '../support/intakeHarness';
import { answerFor } from '../support/tenantPersona';
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

/** One message from the English page, as Web Chat sends it; the bot's replies joined. */
async function send(conversationId: string, text: string): Promise<string> {
  const before = connector.received.length;
  const res = await fetch(`${app.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...messageActivity(connector.serviceUrl, conversationId, text, { channelId: 'webchat', locale: 'en-GB' }),
      channelData: { locale: 'en-GB', localeChosenBy: 'browser' },
    }),
  });
  expect(res.status).toBe(200);
  return connector.received
    .slice(before)
    .filter((r) => r.conversationId === conversationId)
    .map((r) => replyText(r.activity))
    .join('\n');
}

// Words of ours an English reply has; a Welsh one has none of them outside the tenant's own quoted words.
const ENGLISH = /\b(?:the|please|what|your|you|we|is|and|yes|no|sorry)\b/i;
const WELSH = /\b(?:chi|eich|ydy|mae|ni|rydyn|dewiswch|ffoniwch|diolch|Ie|Na|Pryd|Beth|Sut|hyn|yw|oes|wedi|enghraifft)\b/i;
const ENGLISH_MONTH_OR_DAY = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** Our own words in a reply: without the tenant's words we quote back. */
const ours = (reply: string) => reply.replace(/&#x27;/g, "'").replace(/"[^"]*"|“[^”]*”/g, '');

function expectWelsh(reply: string, after: string) {
  const text = ours(reply);
  expect({ after, reply: text, english: ENGLISH.exec(text)?.[0] }).toEqual({ after, reply: text, english: undefined });
  expect(text).toMatch(WELSH);
  expect(text).not.toMatch(ENGLISH_MONTH_OR_DAY);
  expect(text).not.toMatch(/\[(?:Yes|No)\]/);
}

interface Row {
  id: string;
  first: string;
  /** What the tenant answers next, each answered in Welsh too. */
  then: string[];
  /** Something the first reply must say (in Welsh). */
  firstSays?: RegExp;
}

const WELSH_FIRST: Row[] = [
  { id: 'welsh-first-01', first: "Helo. Dw i wedi ffonio pedair gwaith ers mis Medi am y to sy'n gollwng uwchben y gegin, a does neb wedi dod allan. Mae'r bwced yn llenwi bob tro mae'n bwrw glaw. Dw i isio gwneud cwyn ffurfiol.", then: ['ie', 'ok'] },
  { id: 'welsh-first-02', first: "Mae llwydni du ar hyd wal yr ystafell wely ac mae'r ffenestri'n wlyb bob bore. Nes i ddeud wrthoch chi fis Hydref a dal dim byd. Mae fy nillad i'n drewi o damp. Dwi'n flin iawn.", then: ['ie', 'na'] },
  { id: 'welsh-first-03', first: "Mae'r dyn drws nesa yn chwarae cerddoriaeth uchel tan 3 y bore bron bob nos Wener a nos Sadwrn, ac mae o wedi gweiddi a rhegi arna i pan es i i ofyn iddo droi fo lawr. Dw i ddim yn teimlo'n saff yn fy nhŷ fy hun.", then: ['ie', 'na'] },
  { id: 'welsh-first-04', first: "Diolch o galon i Gareth y plymar ddoth ddoe. Roedd o mor amyneddgar efo Mam (mae hi'n 91) ac wedi trwsio'r boeler mewn hanner awr. Gwasanaeth ardderchog, plis dwedwch wrtho fo!", then: ['ie'] },
  { id: 'welsh-first-05', first: "dw i'n gallu ogleuo nwy yn y gegin!!! be ddylwn i neud", then: ['ok diolch, dw i allan rwan'], firstSays: /0800 111 999/ },
  { id: 'welsh-first-06', first: 'isio cwyno', then: ['am y biniau, heb eu casglu ers 3 wythnos', 'ok'] },
  { id: 'welsh-first-07', first: "mae'r gwres ddim yn gweithio ers wythnos a mae gen i plant bach yn y ty, plis helpwch ni", then: ['nes i ffonio ddydd Llun', 'ok'] },
  { id: 'welsh-first-08', first: "Su'mae, mae'r contractors wedi gadael y bathroom yn total mess ar ôl y job wsos dwytha. Tiles ar y llawr ym mhobman a dim ond hanner y sink sy di cael ei ffitio. Ddim yn hapus o gwbl.", then: ['ie', '12/10'] },
  { id: 'welsh-first-09', first: "Shwmae, fi'n sgrifennu ar ran Dad. Ma fe'n 84 a ma'r lifft stâr wedi torri ers tair wthnos. Ma fe'n styc lan lofft a sneb 'di dod i'w drwsio fe. Ni 'di ca'l llond bola.", then: ['ie', 'LS9 8AB'] },
];
const CONTROL = "Bore da, my boiler's been broken since Friday and no one has rung me back. Got no hot water and its freezing. Diolch";

describe('a first message in Welsh on the English page is answered in Welsh from the first reply on', () => {
  it.each(WELSH_FIRST.map((r) => [r.id, r] as const))('%s', async (id, row) => {
    const first = await send(id, row.first);
    expectWelsh(first, row.first);
    if (row.firstSays) expect(first).toMatch(row.firstSays);
    for (const said of row.then) expectWelsh(await send(id, said), said);
  });

  it('welsh-first-10: a mostly-English message with a Welsh greeting stays English', async () => {
    const reply = ours(await send('welsh-first-10', CONTROL));
    expect(reply).toMatch(ENGLISH);
    expect(reply).not.toMatch(/Ydy hynny'n iawn|\[Ie\]/);
    expect(ours(await send('welsh-first-10', 'Yes'))).toMatch(ENGLISH);
  });
});

describe('the case records the language the conversation was in', () => {
  // Each question recognised by its words, in either language.
  const TENANT = {
    opening: '',
    answers: [
      [/Ydy hynny'n iawn/, 'Ie'],
      [/Pa un o'r rhain sydd agosaf/, 'Gwneud cwyn'],
      [/ychwanegu/, "Na, dyna'r cyfan"],
      [/Pryd ddigwyddodd hyn|Pryd ddechreuodd hyn/, 'mis Medi'],
      [/Ydy hyn yn dal i ddigwydd/, 'Ie'],
      [/Am ba wasanaeth/, 'Hepgor'],
      [/Sut mae hyn wedi effeithio/, 'Dw i ddim yn gallu defnyddio’r gegin'],
      [/Beth hoffech chi i ni ei wneud/, 'Trwsio’r to'],
      [/Oes unrhyw beth am eich sefyllfa/, 'Na'],
      [/Beth yw eich enw/, 'Siân Jones'],
      [/Sut dylen ni anfon ein hateb/, 'E-bost'],
      [/cyfeiriad e-bost/, 'sian@example.org'],
      [/cyfeiriad y cartref/, '14 Heol y Parc, LS9 8AB'],
      [/Dyma grynodeb(.|\n)*Ydy hyn yn gywir\?/, 'Ie, anfonwch'],
      [/Is that right/, 'Yes'],
      [/Which of these is closest/, 'Repair or request'],
      [/first time you have told us|first time you have reported this/, 'Yes'],
      [/unhappy with how we have dealt with it/, 'No'],
      [/Where is the problem/, 'kitchen'],
      [/When did it start|When did this happen/, 'last Friday'],
      [/What would put it right for you/, 'Fix the boiler'],
      [/Which would you prefer/, 'Make a complaint'],
      [/What would you like us to do/, 'Fix the boiler'],
      [/How has this affected/, 'No hot water'],
      [/Which service or member of staff/, 'skip'],
      [/in danger right now/, 'No'],
      [/Ai dyma'r tro cyntaf/, 'Ie'],
      [/Ydych chi'n anhapus/, 'Na'],
      [/Ble mae'r broblem/, 'cegin'],
      [/Beth fyddai'n unioni pethau/, 'Trwsio’r to'],
      [/address of the home/, '14 Park Road, LS9 8AB'],
      [/writing for yourself/, 'For myself'],
      [/What is your name/, 'Sam Jones'],
      [/How should we send you our reply/, 'Email'],
      [/email address/, 'sam@example.org'],
      [/anything about your situation/, 'No'],
      [/still going on/, 'Yes'],
      [/summary before you send it(.|\n)*Is this right\?/, 'Yes, send it'],
    ] as Array<[RegExp, string]>,
    done: /(?:cyfeirnod yw|reference is) [A-Z]+-\d{4}-\d{6}/,
  };

  async function caseOpenedBy(id: string, first: string) {
    let reply = await send(id, first);
    const replies = [reply];
    for (let turn = 0; turn < 30 && !TENANT.done.test(reply); turn += 1) {
      const answer = answerFor(TENANT, reply);
      if (!answer) throw new Error(`no answer for:\n${reply}\n\n${replies.join('\n---\n')}`);
      reply = await send(id, answer);
      replies.push(reply);
    }
    const reference = /\b[A-Z]+-\d{4}-\d{6}\b/.exec(reply)![0];
    return { replies, stored: (await app.app.context.caseStore.findByReference(reference))! };
  }

  it('welsh-first-01: a Welsh complaint from the English page is a case in Welsh, its dates in Welsh', async () => {
    const { replies, stored } = await caseOpenedBy('welsh-first-01-case', WELSH_FIRST[0].first);
    for (const reply of replies) expectWelsh(reply, 'each turn');
    expect(replies.at(-1)).toMatch(/erbyn dydd \w+ \d+ \w+ 20\d\d/);
    expect(stored.caseData.contact?.language).toBe('cy');
    expect(stored.caseData.category).toBe('complaint');
  });

  it('welsh-first-10: the English control is not recorded as Welsh', async () => {
    const { stored } = await caseOpenedBy('welsh-first-10-case', CONTROL);
    expect(stored.caseData.contact?.language ?? 'en').toBe('en');
  });
});
