// Forwarded danger and follow-up messages written by someone who had not read the code
// (outsideMessages.json, kept as they wrote them, and outsideMessagesHeldOut.json, a second set
// by the same hand that was run once before any change and never tuned against), sent in order
// through POST /api/intake/messages
// as a channel integration would. Each is held to what its writer expected: the emergency
// numbers in the private reply, the safeguarding / health-and-safety signal on the case, thread
// follow-ups joining the earlier case, and stage 2 requests from someone not matched to the case
// revealing nothing and changing nothing.
import { signatureFor } from '../../intake/signature';
import { startTestApp, type TestApp } from '../support/testApp';
import tuned from './outsideMessages.json';
import heldOut from './outsideMessagesHeldOut.json';

const messages = [...tuned, ...heldOut];

const EMERGENCY_REPAIRS = '0800 123 4567';
const CHANNELS = ['facebook', 'whatsapp', 'x', 'webform', 'email', 'instagram'] as const;
const SECRETS = Object.fromEntries(CHANNELS.map((c) => [c, `${c}-outside-secret-0123456789abcdef`]));

interface OutsideMessage {
  id: string;
  channel: string;
  sender: { handle?: string; email?: string };
  receivedAt: string;
  threadId?: string;
  text: string;
  expect: {
    danger: boolean;
    kind: string;
    emergencyNumbers: string[];
    safeguardingSignal: boolean;
    joinsEarlierCase: boolean;
    isStage2Request: boolean;
    stage2Matched: boolean | null;
    revealsNothing: boolean;
  };
  note: string;
}

/** Messages the product does not yet meet, each with why (kept as failing specs); every other message must pass. */
const NOT_YET: Record<string, string> = {
  // The held-out set, as first run (8 of 22 met): danger words in fresh wording are missed, and past
  // or fixed dangers still get advice. 11 of 22 once another outside writer's quiet gas and carbon
  // monoxide were read (h01, h02 and so h19), with none of these messages looked at.
  h05: 'no heating for days with a 5-week-old baby, in Romanian, does not give the emergency repairs number',
  h06: 'a bulging, cracking, dripping ceiling making noises, in Arabic, is not read as a collapse',
  h07: 'a neighbour "waving a blade" is not read as a threat with a weapon',
  h10: '"everyone better off if I were gone", in Bengali, gets 999 but not Samaritans',
  h12: '"everyone better off without me around", in Welsh, is not read as suicidal thoughts',
  h13: 'a partner who grabbed her throat, in Polish, is not read as danger',
  h14: 'a strong gas smell in English mixed with Roman Urdu is not read as gas',
  h15: 'a gas leak that was fixed in September still gets the gas advice',
  h17: 'a kitchen fire in 2019, long over, in Bengali, still gets the fire advice',
  h18: 'the follow-up to h02 cannot renew a danger its thread never recognised',
  h20: 'thanks with a photo description, following h05 (itself missed), is not handled as its writer expected',
};

const ALL_NUMBERS = ['999', '0800 111 999', '116 123', EMERGENCY_REPAIRS];
/** The phone numbers a reply gives, as written (not digits inside the continuation link). */
const numbersIn = (reply: string): string[] => ALL_NUMBERS.filter((n) => new RegExp(`(?<![\\w/=?&.-])${n.replace(/ /g, ' ')}(?![\\w])`).test(reply));
const REFERENCE = /\b(?:CMP|SR|ASB|QF|CPL|NA|REV)-\d{4}-\d{6}\b/;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    INTAKE_CHANNEL_SECRETS: JSON.stringify(SECRETS),
    PUBLIC_BASE_URL: 'http://localhost:3978/',
    LANDLORD_EMERGENCY_PHONE: EMERGENCY_REPAIRS,
  });
});
afterAll(() => app.stop());

function forward(m: OutsideMessage): Promise<Response> {
  const body = JSON.stringify({
    channel: m.channel,
    messageId: `outside-${m.id}`,
    receivedAt: m.receivedAt,
    author: m.sender,
    text: m.text,
    ...(m.threadId ? { threadId: m.threadId } : {}),
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  return fetch(`${app.baseUrl}/api/intake/messages`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-intake-timestamp': timestamp,
      'x-intake-signature': signatureFor(SECRETS[m.channel], timestamp, body),
    },
    body,
  });
}

/**
 * The case as stored, read from the store itself: some of these cases are restricted (a threat
 * read as staff conduct), which the triage API rightly does not show a service principal.
 */
const caseView = async (reference: string) => {
  const { caseStore } = app.app.context;
  const stored = (await caseStore.findByReference(reference))!;
  return { case: stored.caseData, version: stored.version, audit: await caseStore.auditTrail(stored.id) };
};

/** The case each message's thread (and each sender) opened, as the messages arrive. */
const referenceOf = new Map<string, string>();
const threadCase = new Map<string, string>();

async function check(m: OutsideMessage): Promise<void> {
  // What the case named in a stage 2 request looked like before it, to prove nothing changed.
  const named = /\b(CMP-\d{4}-\d{6})\b/.exec(m.text)?.[1];
  const before = named ? await caseView(named) : undefined;

  const res = await forward(m);
  expect([200, 201]).toContain(res.status);
  const result = await res.json();
  const reply: string = result.reply.text;
  const reference: string | undefined = result.case?.reference;
  if (reference) referenceOf.set(m.id, reference);

  // The emergency advice: each number expected, and none other when there is no danger.
  const wanted = m.expect.emergencyNumbers.map((n) => (n === 'landlord' ? EMERGENCY_REPAIRS : n));
  for (const number of wanted) expect(numbersIn(reply)).toContain(number);
  if (!m.expect.danger) expect(numbersIn(reply).filter((n) => ALL_NUMBERS.includes(n) && !wanted.includes(n))).toEqual([]);

  const earlier = m.threadId ? threadCase.get(m.threadId) : undefined;
  if (m.expect.joinsEarlierCase) {
    expect(reference).toBeDefined();
    expect(reference).toBe(earlier ?? named);
  } else if (reference) {
    expect([...referenceOf.entries()].filter(([id, r]) => id !== m.id && r === reference)).toEqual([]);
  }
  if (reference && m.threadId && !threadCase.has(m.threadId)) threadCase.set(m.threadId, reference);

  if (m.expect.safeguardingSignal) {
    expect(reference).toBeDefined();
    const { case: c } = await caseView(reference!);
    expect(c.signals.safeguarding || c.signals.healthAndSafety).toBe(true);
  } else if (reference && !m.expect.joinsEarlierCase) {
    const { case: c } = await caseView(reference);
    expect(c.signals.safeguarding).toBe(false);
  }

  if (m.expect.revealsNothing) {
    // Nothing about the case: not that it exists, not its reference, not a date; and no new case.
    expect(result.case).toBeUndefined();
    expect(reply).not.toMatch(REFERENCE);
    expect(reply).not.toMatch(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{4}-\d{2}-\d{2}/);
    const after = await caseView(named!);
    expect(after.version).toBe(before!.version);
    expect(after.audit.length).toBe(before!.audit.length);
  }
  if (m.expect.stage2Matched) {
    const after = await caseView(named!);
    expect(after.audit.map((e: { action: string }) => e.action).some((a: string) => /stage2/.test(a))).toBe(true);
  }
}

describe('forwarded danger and follow-up messages written outside the team', () => {
  for (const m of messages as OutsideMessage[]) {
    const title = `${m.id} (${m.channel}, ${m.expect.kind}): ${m.note}`;
    if (NOT_YET[m.id]) it.failing(`${title} — not yet: ${NOT_YET[m.id]}`, () => check(m));
    else it(title, () => check(m));
  }
});
