// The complaints team's scenarios for recording responses and remedies (remedy-*) and for stage 2
// decided by someone not involved at stage 1 (stage2-*), written by someone who had not read the
// code; each row names its scenario. Over HTTP on the store, as staff with their own accounts.
import { startStaff, type Role, type Staff } from './staffHarness';

const ACK = '2026-11-27';
const RESPONDED = '2026-12-10';
const NOW = '2026-12-18T10:00:00Z';

let s: Staff;
beforeAll(async () => {
  s = await startStaff();
  s.pinNow(NOW);
});
afterAll(() => s.t.stop());

/** One person, by account: the role and the display name make the account (dev sign-in). */
/** The stage steps are entered on the day they are dated, as a team working the case would (backdating is its own spec). */
const ON_THE_DAY = ['acknowledge', 'respond', 'close', 'escalate-stage2'];
const person = (name: string, role: Role = 'reviewer') => ({
  act: async (reference: string, action: string, body: Record<string, unknown>) => {
    const day = (body.on ?? body.requestedOn) as string | undefined;
    if (ON_THE_DAY.includes(action) && typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)) s.pinNow(`${day}T16:00:00Z`);
    try {
      return await fetch(`${s.t.baseUrl}/api/staff/cases/${reference}/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token(role, name)}` },
        body: JSON.stringify(body),
      });
    } finally {
      s.pinNow(NOW);
    }
  },
});
const priya = person('Priya Shah');
const tom = person('Tom Ellis');
const gareth = person('Gareth Lloyd', 'complaints_manager');

const version = async (reference: string): Promise<number> => (await s.detail(reference, 'complaints_manager')).version;

/** A stage 1 complaint, acknowledged; `respond` given, answered by `who` with it. */
async function stage1(respond?: Record<string, unknown>, who = priya): Promise<string> {
  const reference = await s.open('complaint-repair-delay');
  expect((await who.act(reference, 'acknowledge', { version: 1, on: ACK })).status).toBe(200);
  if (respond) {
    const res = await who.act(reference, 'respond', { version: 2, on: RESPONDED, ...respond });
    expect([res.status, await res.text()]).toEqual([200, expect.any(String)]);
  }
  return reference;
}

/** Stage 1 answered and closed by Priya, stage 2 asked for and acknowledged, ready for its response. */
async function atStage2(stage1Respond: Record<string, unknown> = {}, closer = priya): Promise<string> {
  const reference = await stage1(stage1Respond);
  expect((await closer.act(reference, 'close', { version: 3, outcome: 'partly_upheld', reasons: 'Two of three points upheld', on: RESPONDED })).status).toBe(200);
  expect((await gareth.act(reference, 'escalate-stage2', { version: 4, requestedOn: '2026-12-11' })).status).toBe(200);
  expect((await gareth.act(reference, 'acknowledge', { version: 5, on: '2026-12-14' })).status).toBe(200);
  return reference;
}

const FULL_RECORD = {
  apology: true,
  compensation: '£275.50',
  rootCauses: ['appointment_missed'],
  reasons: '(1) Not upheld: the damp survey found no failure. (2) Upheld: two appointments were missed. (3) Upheld.',
  actions: [
    { what: 'Re-survey bedroom', owner: 'Kevin Dunn', due: '2027-01-08' },
    { what: 'Call-back audit', owner: 'Gareth Lloyd', due: '2027-01-15' },
  ],
};

const REMEDY_SCENARIOS: [string, () => Promise<void>][] = [
  [
    'remedy-partly-upheld-full-record: shown as entered, £275.50, both actions open, who recorded it, on time',
    async () => {
      const reference = await stage1(FULL_RECORD);
      expect((await priya.act(reference, 'close', { version: 3, outcome: 'partly_upheld', on: RESPONDED })).status).toBe(200);
      const d = await s.detail(reference);
      expect(d.lifecycle.stage1).toMatchObject({ outcome: 'partly_upheld', apology: true, compensationPence: 27550, rootCauses: ['appointment_missed'], reasons: FULL_RECORD.reasons });
      expect(d.remedies.stages[0]).toMatchObject({ stage: 1, compensation: '£275.50', apology: true, rootCauses: [{ code: 'appointment_missed', label: 'Appointment missed' }] });
      expect(d.remedies.stages[0].actions).toMatchObject([
        { number: 1, what: 'Re-survey bedroom', owner: 'Kevin Dunn', due: '2027-01-08', doneOn: null },
        { number: 2, what: 'Call-back audit', owner: 'Gareth Lloyd', due: '2027-01-15', doneOn: null },
      ]);
      const responded = d.audit.find((e: { action: string }) => e.action === 'stage1.responded');
      expect(responded).toMatchObject({ actor: 'staff:dev:reviewer:Priya Shah', details: { onTime: true, compensationPence: 27550 } });
    },
  ],
  [
    'remedy-compensation-input-hostile-and-odd: every odd amount refused with a message and nothing saved; £1,250.50, 1250.5 and 0.10 kept to the penny',
    async () => {
      const reference = await stage1();
      for (const bad of ['-50', -50, '250.005', 'fifty pounds', '1e6', '£ 100.00.00', '<b>100</b>', '']) {
        const res = await priya.act(reference, 'respond', { version: 2, on: RESPONDED, compensation: bad });
        expect([bad, res.status]).toEqual([bad, 400]);
        expect((await res.json()).error.message).toMatch(/compensation must be an amount in pounds/);
      }
      expect(await version(reference)).toBe(2);
      for (const [good, pence] of [['£1,250.50', 125050], ['1250.5', 125050], [1250.5, 125050], ['0.10', 10]] as const) {
        const c = await stage1({ compensation: good });
        const d = await s.detail(c);
        expect([good, d.lifecycle.stage1.compensationPence, d.remedies.stages[0].compensation]).toEqual([good, pence, pence === 10 ? '£0.10' : '£1,250.50']);
      }
    },
  ],
  [
    'remedy-root-cause-only-from-list: a code not in the profile is refused, naming the allowed codes',
    async () => {
      const reference = await stage1();
      const res = await priya.act(reference, 'respond', { version: 2, on: RESPONDED, rootCauses: ['contractor'] });
      expect(res.status).toBe(422);
      expect((await res.json()).error.message).toMatch(/contractor.*communication \(Communication\).*repair_quality/);
      expect(await version(reference)).toBe(2);
    },
  ],
  [
    'remedy-not-upheld-goodwill-payment-allowed: outcome stays not upheld; the £25.00 counts in the compensation total',
    async () => {
      const reference = await stage1({ compensation: 25, remedy: 'Goodwill gesture' });
      expect((await tom.act(reference, 'close', { version: 3, outcome: 'not_upheld', on: RESPONDED })).status).toBe(200);
      const d = await s.detail(reference);
      expect(d.lifecycle.stage1).toMatchObject({ outcome: 'not_upheld', compensationPence: 2500 });
      const f = await (await s.get('/api/staff/figures?from=2026-12-01&to=2026-12-31', 'complaints_manager')).json();
      expect(f.remedies.stage1.outcomes.not_upheld).toBeGreaterThanOrEqual(1);
      expect(f.remedies.compensationPence).toBeGreaterThanOrEqual(2500);
    },
  ],
  [
    'remedy-action-marked-done-with-date: done on a date, by whom; a future date or one before the response refused; none outstanding after',
    async () => {
      const reference = await stage1({ actions: [FULL_RECORD.actions[0]] });
      expect((await priya.act(reference, 'complete-remedy-action', { version: 3, stage: 1, action: 1, on: '2026-12-19' })).status).toBe(422);
      expect((await priya.act(reference, 'complete-remedy-action', { version: 3, stage: 1, action: 1, on: '2026-12-09' })).status).toBe(422);
      expect((await priya.act(reference, 'complete-remedy-action', { version: 3, stage: 1, action: 1, on: '2026-12-17' })).status).toBe(200);
      const d = await s.detail(reference);
      expect(d.remedies.stages[0].actions[0]).toMatchObject({ doneOn: '2026-12-17', overdue: false });
      expect(d.remedies.outstandingActions).toBe(0);
      expect(d.audit.at(-1)).toMatchObject({ action: 'remedy.action_done', actor: 'staff:dev:reviewer:Priya Shah' });
      expect((await priya.act(reference, 'complete-remedy-action', { version: 4, stage: 1, action: 1, on: '2026-12-17' })).status).toBe(409);
    },
  ],
  [
    'remedy-overdue-action-visible: an open action past its date is marked overdue with its owner',
    async () => {
      const reference = await stage1({ actions: [{ what: 'Call-back audit', owner: 'Gareth Lloyd', due: '2026-12-15' }] });
      const d = await s.detail(reference, 'complaints_manager');
      expect(d.remedies.stages[0].actions[0]).toMatchObject({ owner: 'Gareth Lloyd', overdue: true, doneOn: null });
      expect(d.remedies.outstandingActions).toBe(1);
    },
  ],
  [
    'remedy-stage2-outcome-separate-from-stage1: both stages kept apart, stage 1 not overwritten, £425.50 in all',
    async () => {
      const reference = await atStage2({ compensation: '275.50', rootCauses: ['appointment_missed'] });
      const res = await gareth.act(reference, 'respond', { version: 6, on: '2026-12-17', compensation: '150.00', rootCauses: ['repair_quality'] });
      expect(res.status).toBe(200);
      expect((await gareth.act(reference, 'close', { version: 7, outcome: 'upheld', reasons: 'The repair was poor', on: '2026-12-17' })).status).toBe(200);
      const d = await s.detail(reference);
      expect(d.lifecycle.stage1).toMatchObject({ outcome: 'partly_upheld', compensationPence: 27550, rootCauses: ['appointment_missed'] });
      expect(d.lifecycle.stage2).toMatchObject({ outcome: 'upheld', compensationPence: 15000, rootCauses: ['repair_quality'] });
      expect(d.remedies.compensationTotal).toBe('£425.50');
      expect(d.audit.find((e: { action: string }) => e.action === 'stage2.responded').details.onTime).toBe(true);
    },
  ],
  [
    'remedy-reviewer-cannot-edit: a read-only account reads but cannot change the compensation',
    async () => {
      const reference = await stage1({ compensation: 100 });
      const res = await person('Helen Marsh', 'admin').act(reference, 'close', { version: 3, outcome: 'upheld', compensation: 0, on: RESPONDED });
      expect(res.status).toBe(403);
      expect((await s.detail(reference)).lifecycle.stage1.compensationPence).toBe(10000);
    },
  ],
];

const REASON = 'Only other officer on long-term sick leave; manager is named in complaint; approved by Director of Housing';

const STAGE2_SCENARIOS: [string, () => Promise<void>][] = [
  [
    'stage2-same-person-blocked: the stage 1 handler is told so, and nothing is recorded',
    async () => {
      const reference = await atStage2();
      const res = await priya.act(reference, 'respond', { version: 6, on: '2026-12-17' });
      expect(res.status).toBe(422);
      expect((await res.json()).error.message).toMatch(/stage 1.*Code 6\.13/);
      expect(await version(reference)).toBe(6);
    },
  ],
  [
    'stage2-different-person-allowed: accepted with no warning; who decided each stage is on the record',
    async () => {
      const reference = await atStage2();
      expect((await gareth.act(reference, 'respond', { version: 6, on: '2026-12-17' })).status).toBe(200);
      expect((await gareth.act(reference, 'close', { version: 7, outcome: 'upheld', reasons: 'Upheld', on: '2026-12-17' })).status).toBe(200);
      const d = await s.detail(reference);
      expect(d.lifecycle.stage1).toMatchObject({ respondedBy: 'staff:dev:reviewer:Priya Shah', closedBy: 'staff:dev:reviewer:Priya Shah' });
      expect(d.lifecycle.stage2).toMatchObject({ respondedBy: 'staff:dev:complaints_manager:Gareth Lloyd' });
      expect(d.lifecycle.stage2.sameHandlerReason).toBeUndefined();
      expect(d.remedies.stages.map((st: { stage: number; respondedBy: string; closedBy: string | null }) => [st.stage, st.respondedBy, st.closedBy])).toEqual([
        [1, 'Priya Shah', 'Priya Shah'],
        [2, 'Gareth Lloyd', 'Gareth Lloyd'],
      ]);
    },
  ],
  [
    'stage2-small-team-reason-recorded: accepted with the reason, which is kept on the case and in the audit trail',
    async () => {
      const reference = await atStage2();
      const res = await priya.act(reference, 'respond', { version: 6, on: '2026-12-17', sameHandlerReason: REASON });
      expect(res.status).toBe(200);
      const d = await res.json();
      expect(d.lifecycle.stage2).toMatchObject({ sameHandlerReason: REASON, respondedBy: 'staff:dev:reviewer:Priya Shah' });
      expect(d.audit.at(-1)).toMatchObject({ action: 'stage2.responded', details: { sameHandlerReason: REASON } });
      expect(d.remedies.stages.find((st: { stage: number }) => st.stage === 2)).toMatchObject({ sameHandlerReason: REASON });
    },
  ],
  [
    'stage2-blank-or-junk-reason-refused: empty, spaces, a full stop or punctuation only are refused',
    async () => {
      const reference = await atStage2();
      for (const junk of ['', '     ', '.', '..........!!!!']) {
        const res = await priya.act(reference, 'respond', { version: 6, on: '2026-12-17', sameHandlerReason: junk });
        expect([junk, res.status]).toEqual([junk, 400]);
      }
      expect(await version(reference)).toBe(6);
      const script = '<script>alert(1)</script> covering for sick leave';
      expect((await priya.act(reference, 'respond', { version: 6, on: '2026-12-17', sameHandlerReason: script })).status).toBe(200);
    },
  ],
  [
    'stage2-identity-by-account-not-name: another account with the same display name is a different person',
    async () => {
      const reference = await atStage2({}, person('J. Smith'));
      expect((await person('J. Smith', 'complaints_manager').act(reference, 'respond', { version: 6, on: '2026-12-17' })).status).toBe(200);
    },
  ],
  [
    'stage2-stage1-involvement-includes-response-author: who recorded the stage 1 response and who closed it are both involved',
    async () => {
      const reference = await atStage2({}, tom);
      expect((await priya.act(reference, 'respond', { version: 6, on: '2026-12-17' })).status).toBe(422);
      expect((await tom.act(reference, 'respond', { version: 6, on: '2026-12-17' })).status).toBe(422);
    },
  ],
  [
    'stage2-reassign-does-not-launder: assigning the case back to the stage 1 handler does not clear who handled stage 1',
    async () => {
      const reference = await atStage2();
      const assign = await fetch(`${s.t.baseUrl}/api/staff/cases/${reference}/assignment`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token('reviewer', 'Tom Ellis')}` },
        body: JSON.stringify({ version: 6, assignee: { subject: 'dev:reviewer:Priya Shah', name: 'Priya Shah' } }),
      });
      expect(assign.status).toBe(200);
      // Closing comes after the response, so that is what she is told first.
      expect((await priya.act(reference, 'close', { version: 7, outcome: 'upheld', on: '2026-12-17' })).status).toBe(422);
      expect((await priya.act(reference, 'respond', { version: 7, on: '2026-12-17' })).status).toBe(422);
    },
  ],
];

describe('remedy- scenarios (the complaints team)', () => {
  it.each(REMEDY_SCENARIOS)('%s', async (_name, run) => run());
});

describe('stage2- scenarios (the complaints team)', () => {
  it.each(STAGE2_SCENARIOS)('%s', async (_name, run) => run());
});
