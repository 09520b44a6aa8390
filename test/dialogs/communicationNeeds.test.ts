// Communication needs, language and how to be contacted, said in the chat (answering "how should
// we send you our reply?", or volunteered at the summary or in the first message): the case's
// contact holds them as short items staff read without the transcript, the bot says back what it
// noted, and the summary shows them. A condition said of someone else is not the tenant's.
// The tenants' words are an outside writer's (needs-01…17), with Welsh twins of our own.
import { inLanguage } from '../../templates/language';
import { contactView } from '../../staff/views/contactView';
import { Conversation, conversationDatabase, intakeServices } from '../support/intakeHarness';
import { answerFor, type Persona } from '../support/tenantPersona';

const db = conversationDatabase();

const OPENING =
  'I want to make a formal complaint about your repairs team. My kitchen ceiling has been leaking since 2 November 2026 and nobody has come to fix it. I want it fixed this week. My name is Sam Jones.';

/** Where in the conversation the tenant says it. */
type When = 'contact' | 'summary' | 'opening';

interface Row {
  id: string;
  said: string;
  when: When;
  /** The contact's adjustments as staff read them (contactView), in any order. */
  adjustments: string[];
  language?: string;
  method?: string;
  /** What the bot's next reply must say back. */
  noted: RegExp[];
  /** Never said back or stored (someone else's condition, a need not stated). */
  notNoted?: RegExp;
}

const ROWS: Row[] = [
  { id: 'needs-01', when: 'contact', said: 'im deaf so no phone calls please. text or email is fine', adjustments: ['deaf', 'no phone calls'], method: 'text', noted: [/deaf/, /no phone calls/, /text message/] },
  {
    id: 'needs-02', when: 'summary', said: "I'm a bit hard of hearing and I work nights, so please don't ring before 10, and if you do ring speak up and slowly lol",
    adjustments: ['hard of hearing', 'speak clearly and slowly on calls', 'no phone calls before 10am'], method: 'phone', noted: [/hard of hearing/, /before 10am/], notNoted: /(?<!, )no phone calls(?! before)/,
  },
  {
    id: 'needs-03', when: 'contact', said: "I'm registered blind and use a screen reader (JAWS). Email me please, and not scanned letters as pictures because it cant read them",
    adjustments: ['blind', 'uses a screen reader', 'accessible electronic documents (no scanned or image-only letters)'], method: 'email', noted: [/screen reader/, /accessible/, /email/],
  },
  { id: 'needs-04', when: 'contact', said: "my eyesight's going (macular) so can you send letters in big writing please, I don't do email", adjustments: ['partially sighted', 'Large print (18 pt and above)', 'no email'], method: 'letter', noted: [/large print/, /by post/] },
  {
    id: 'needs-05', when: 'contact', said: 'I am Deaf, BSL is my first language. For any visit or meeting I need a BSL interpreter booked. Contact me by text or email, not phone.',
    adjustments: ['deaf', 'British Sign Language interpreter', 'no phone calls'], language: 'bfi', method: 'text', noted: [/BSL interpreter/, /no phone calls/],
  },
  { id: 'needs-06', when: 'contact', said: 'moj angielski nie jest dobry. I need translator polish please. email better than phone', adjustments: ['Interpreter: Polish'], language: 'pl', method: 'email', noted: [/Polish interpreter/, /email/] },
  {
    id: 'needs-07', when: 'contact', said: 'I speak Urdu, english only little. When you phone me please have Urdu interpreter. After 4pm, I pick children from school',
    adjustments: ['Interpreter: Urdu', 'phone calls only after 4pm'], language: 'ur', method: 'phone', noted: [/Urdu interpreter/, /after 4pm/],
  },
  {
    id: 'needs-08', when: 'contact', said: 'writing for my mum she is the tenant, she speaks somali only. she need somali interpreter for calls and letters in somali if possible',
    adjustments: ['Interpreter: Somali', 'letters in Somali'], language: 'so', noted: [/Somali interpreter/, /letters in Somali/],
  },
  { id: 'needs-09', when: 'contact', said: 'Can all letters be in Welsh please? Happy to chat in English here though', adjustments: ['letters in Welsh'], language: 'cy', noted: [/letters in Welsh/] },
  { id: 'needs-10', when: 'contact', said: 'text only pls', adjustments: ['Text messages only'], method: 'text', noted: [/text message/] },
  {
    id: 'needs-11', when: 'contact', said: "email only, I can't use the phone. I've got a bad stammer and calls make me panic",
    adjustments: ['stammer', 'no phone calls', 'Email only'], method: 'email', noted: [/email only/, /no phone calls/],
  },
  {
    id: 'needs-12', when: 'summary', said: 'I have a learning disability. Can you send things in easy read? My support worker Jo helps me with letters',
    adjustments: ['learning disability', 'Easy read', 'a support worker helps with letters'], noted: [/easy read/],
  },
  {
    id: 'needs-13', when: 'contact', said: 'im dyslexic so long letters are really hard for me. can u ring me instead and keep anything written short',
    adjustments: ['dyslexia', 'short, plain written communication'], method: 'phone', noted: [/short, plain written/, /phone/],
  },
  {
    id: 'needs-14', when: 'contact', said: "my daughter is my carer, she reads all my post to me as my eyes arent good, so just send letters normal and she'll go through them with me",
    adjustments: ['sight difficulty', 'a carer reads letters with them'], method: 'letter', noted: [/carer reads letters/, /by post/],
  },
  { id: 'needs-15', when: 'opening', said: 'the old lady next door is deaf so she cant hear her smoke alarm, its been going off on and off for 2 days and nobody comes', adjustments: [], noted: [], notNoted: /deaf/i },
  { id: 'needs-16', when: 'opening', said: 'the contractors left scaffold poles across the path again and my neighbour is blind, he nearly went over them this morning', adjustments: [], noted: [], notNoted: /blind|large print/i },
  { id: 'needs-17', when: 'opening', said: "Mr Patel upstairs is hard of hearing so his telly is on full blast till midnight every night, I've asked him nicely twice", adjustments: [], noted: [], notNoted: /hard of hearing/i },
];

/** Answers everything the bot asks, saying `said` when `when` comes (once), then sends the summary. */
function tenant(row: Row): Persona {
  return {
    opening: row.when === 'opening' ? row.said : OPENING,
    answers: [
      [/want to complain about our service\. Is that right|Is that right/, 'Yes'],
      [/Which of these is closest/, 'Make a complaint'],
      [/anything you want to add/, 'No, that is everything'],
      [/When did this happen|When did this start/, 'last Monday'],
      [/still going on/, 'Yes'],
      [/Which service or member of staff/, 'repairs'],
      [/How has this affected/, 'I cannot sleep'],
      [/What would you like us to do|What would put it right/, 'Fix it please'],
      [/anything about your situation/, 'No'],
      [/in danger right now/, 'No'],
      [/first time you have told us|first time you have reported this/, 'Yes'],
      [/unhappy with how we have dealt with it/, 'No'],
      [/Where is the problem/, 'kitchen'],
      [/When did it start/, 'last Monday'],
      [/Which would you prefer/, 'Make a complaint'],
      [/Has a claim already been filed at court/, 'No'],
      [/part of a claim on our insurance/, 'No'],
      [/Are you writing for yourself/, 'For myself'],
      [/What is your name/, 'Sam Jones'],
      [/How should we send you our reply/, 'Email'],
      [/email address/, 'sam@example.org'],
      [/phone number/, '07700 900123'],
      [/address of the home|What address should we post our letters to/, '14 Park Road, LS9 8AB'],
      [/agree to us contacting you/, 'Yes'],
      [/summary before you send it(.|\n)*Is this right\?/, 'Yes, send it'],
    ],
    done: /reference is [A-Z]+-\d{4}-\d{6}/,
  };
}

const TRIGGER: Record<Exclude<When, 'opening'>, RegExp> = {
  contact: /How should we send you our reply/,
  summary: /summary before you send it(.|\n)*Is this right\?/,
};

async function converse(row: Row) {
  const persona = tenant(row);
  const c = new Conversation(intakeServices(db.testDb), persona.opening);
  const say = (text: string) => c.say(text);
  let reply = await say(persona.opening);
  const seen = { afterNeeds: row.when === 'opening' ? reply : '', summaries: [] as string[] };
  let toldNeeds = row.when === 'opening';
  for (let turn = 0; turn < 30 && !persona.done.test(reply); turn += 1) {
    if (/summary before you send it/.test(reply)) seen.summaries.push(reply);
    if (!toldNeeds && row.when !== 'opening' && TRIGGER[row.when].test(reply)) {
      toldNeeds = true;
      reply = await say(row.said);
      seen.afterNeeds = reply;
      continue;
    }
    const answer = answerFor(persona, reply);
    if (!answer) throw new Error(`${row.id}: no answer for:\n${reply}\n\n${c.transcript.join('\n')}`);
    reply = await say(answer);
  }
  const reference = /\b[A-Z]+-\d{4}-\d{6}\b/.exec(reply)?.[0];
  if (!reference) throw new Error(`${row.id}: no reference:\n${c.transcript.join('\n')}`);
  return { ...seen, stored: (await db.store.findByReference(reference))!, transcript: c.transcript.join('\n') };
}

describe('communication needs said in the chat are held on the case as short items, said back and shown in the summary', () => {
  it.each(ROWS.map((r) => [r.id, r] as const))('%s', async (_id, row) => {
    const { afterNeeds, summaries, stored } = await converse(row);
    const contact = contactView(stored.caseData);
    expect(contact.adjustments.map((a) => a.text).sort()).toEqual([...row.adjustments].sort());
    expect(stored.caseData.contact?.language).toBe(row.language);
    if (row.method) expect(stored.caseData.contact?.preferredMethod).toBe(row.method);
    for (const said of row.noted) expect(afterNeeds).toMatch(said);
    if (row.noted.length > 0) {
      // The summary sent lists them too.
      const last = summaries.at(-1) ?? '';
      expect(last).toMatch(/\*\*How we communicate with you\*\*/);
      for (const said of row.noted) expect(last).toMatch(said);
    }
    if (row.notNoted) {
      expect(afterNeeds).not.toMatch(row.notNoted);
      expect(contact.adjustments.map((a) => a.text).join('\n')).not.toMatch(row.notNoted);
    }
    // Someone else's condition: nothing noted for the tenant at all.
    if (row.adjustments.length === 0) {
      expect(afterNeeds).not.toMatch(/We have noted/);
      expect(summaries.join('\n')).not.toMatch(/How we communicate with you/);
    }
    // Letters in Welsh asked for in English: the chat itself stays English.
    if (row.id === 'needs-09') expect(afterNeeds).toMatch(/\b(?:the|we|you)\b/);
    // Text only with no number yet: the number is asked next.
    if (row.id === 'needs-10') expect(afterNeeds).toMatch(/phone number/);
    // A carer or support worker who helps with letters is not taken for a representative.
    if (row.id === 'needs-12' || row.id === 'needs-14') expect(stored.caseData.representative).toBeUndefined();
  });
});

/** The same tenant in Welsh, on a Welsh page. */
const WELSH_OPENING = 'Dw i eisiau gwneud cwyn ffurfiol am eich tîm atgyweirio. Mae nenfwd y gegin wedi bod yn gollwng ers 2 Tachwedd 2026 a does neb wedi dod i’w drwsio. Dw i eisiau iddo gael ei drwsio yr wythnos hon. Fy enw i yw Siân Jones.';
const WELSH_ANSWERS: Array<[RegExp, string]> = [
  [/Ydy hynny'n iawn/, 'Ie'],
  [/Pa un o'r rhain sydd agosaf/, 'Gwneud cwyn'],
  [/ychwanegu/, "Na, dyna'r cyfan"],
  [/Pryd ddigwyddodd hyn|Pryd ddechreuodd hyn/, 'dydd Llun diwethaf'],
  [/Ydy hyn yn dal i ddigwydd/, 'Ie'],
  [/Am ba wasanaeth/, 'Hepgor'],
  [/Sut mae hyn wedi effeithio/, 'Dw i ddim yn gallu cysgu'],
  [/Beth hoffech chi i ni ei wneud/, 'Ei drwsio'],
  [/Oes unrhyw beth am eich sefyllfa/, 'Na'],
  [/Beth yw eich enw/, 'Siân Jones'],
  [/Sut dylen ni anfon ein hateb/, 'E-bost'],
  [/cyfeiriad e-bost/, 'sian@example.org'],
  [/rhif ffôn/, '07700 900123'],
  [/I ba gyfeiriad dylen ni bostio/, '14 Heol y Parc, LS9 8AB'],
  [/cyfeiriad y cartref/, '14 Heol y Parc, LS9 8AB'],
  [/Dyma grynodeb(.|\n)*Ydy hyn yn gywir\?/, 'Ie, anfonwch'],
];

describe('the same in Welsh', () => {
  it.each([
    ["Dw i'n fyddar, neges destun yn unig os gwelwch yn dda", ['deaf', 'Text messages only'], 'text', /[bf]yddar[\s\S]*neges destun/],
    ['Hoffwn gael llythyrau yn Gymraeg mewn print bras', ['Large print (18 pt and above)', 'letters in Welsh'], undefined, /print bras[\s\S]*llythyrau yn Gymraeg/],
  ] as const)('"%s"', async (said, adjustments, method, noted) => {
    const c = new Conversation(intakeServices(db.testDb), WELSH_OPENING);
    const say = (text: string) => inLanguage('cy', () => c.say(text));
    const persona: Persona = { opening: WELSH_OPENING, answers: WELSH_ANSWERS, done: /cyfeirnod yw [A-Z]+-\d{4}-\d{6}/ };
    let reply = await say(WELSH_OPENING);
    let afterNeeds = '';
    for (let turn = 0; turn < 30 && !persona.done.test(reply); turn += 1) {
      if (!afterNeeds && /Sut dylen ni anfon ein hateb/.test(reply)) {
        reply = afterNeeds = await say(said);
        continue;
      }
      const answer = answerFor(persona, reply);
      if (!answer) throw new Error(`no answer for:\n${reply}\n\n${c.transcript.join('\n')}`);
      reply = await say(answer);
    }
    expect(afterNeeds).toMatch(/Rydym wedi nodi/);
    expect(afterNeeds).toMatch(noted);
    const stored = (await db.store.findByReference(/\b[A-Z]+-\d{4}-\d{6}\b/.exec(reply)![0]))!;
    expect(contactView(stored.caseData).adjustments.map((a) => a.text).sort()).toEqual([...adjustments].sort());
    if (method) expect(stored.caseData.contact?.preferredMethod).toBe(method);
    // A Welsh conversation: the resident's language is Welsh.
    expect(stored.caseData.contact?.language).toBe('cy');
  });
});
