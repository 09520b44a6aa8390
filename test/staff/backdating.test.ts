// Backdated entries: a step may be dated earlier than the day it is entered (the letter went out
// on Friday, it is recorded on Monday), and that is allowed and shown. Timeliness is judged by the
// later of the two days, so an entry made after the deadline cannot turn a late response into one
// on time. Scenarios written by a complaints manager who had not read the code (backdate-…).
import { startStaff, type Staff } from './staffHarness';

const COMPLAINT = 'complaint-repair-delay';
const PROFILE = 'code-2024';
const RECEIVED = '2026-12-01T10:00:00Z';

/** A calendar day `n` days after `day`. */
const plus = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('backdated acknowledgements and responses (figures cannot be improved after the fact)', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
  });
  afterAll(() => s.t.stop());

  async function act(ref: string, action: string, body: Record<string, unknown>, enteredOn: string) {
    s.pinNow(`${enteredOn}T15:00:00Z`);
    const version = (await s.detail(ref)).version;
    return s.act(ref, action, { version, ...body }, 'complaints_manager');
  }

  /** A stage 1 complaint acknowledged the day after it arrived (entered that day); its response deadline. */
  async function acknowledged(): Promise<{ ref: string; respondBy: string }> {
    s.pinNow(RECEIVED);
    const ref = await s.open(COMPLAINT, { profile: PROFILE, receivedAt: RECEIVED } as never);
    expect((await act(ref, 'acknowledge', { on: '2026-12-02' }, '2026-12-02')).status).toBe(200);
    const line = (await s.detail(ref)).deadlines.find((d: { label: string }) => d.label.startsWith('Stage 1: respond by'));
    return { ref, respondBy: line.due };
  }

  // [scenario, days before the deadline the response is dated, days before the deadline it is entered, backdated, counted late]
  const TABLE = [
    ['backdate-response-before-deadline-recorded-before-deadline', -5, -2, true, false],
    ['backdate-response-recorded-after-deadline', -1, 3, true, true],
    ['a response entered on the day it is dated, in time', -3, -3, false, false],
    ['a response dated and entered late', 2, 2, false, true],
  ] as const;

  it.each(TABLE)('%s', async (_scenario, datedOffset, enteredOffset, isBackdated, late) => {
    const { ref, respondBy } = await acknowledged();
    const res = await act(ref, 'respond', { on: plus(respondBy, datedOffset) }, plus(respondBy, enteredOffset));
    expect(res.status).toBe(200);

    const detail = await s.detail(ref);
    const line = detail.deadlines.find((d: { label: string }) => d.label.startsWith('Stage 1: respond by'));
    expect(line).toMatchObject({ doneOn: plus(respondBy, datedOffset), enteredOn: isBackdated ? plus(respondBy, enteredOffset) : null, enteredLate: isBackdated && late });
    const event = detail.audit.find((e: { action: string }) => e.action === 'stage1.responded');
    expect(event.details).toMatchObject({ backdated: isBackdated, onTime: !late, recordedOn: plus(respondBy, enteredOffset) });
    expect(detail.lifecycle.stage1.responseRecordedOn).toBe(plus(respondBy, enteredOffset));

    const page = await (await s.get(`/console/cases/${ref}`, 'complaints_manager')).text();
    if (isBackdated) expect(page).toMatch(/backdated: entered on/);
    else expect(page).not.toMatch(/backdated: entered on/);
  });

  it('the figures count a response entered after its deadline as late, and list it and every backdated entry', async () => {
    // One case of each row above was responded to in this describe's period; counted afresh here.
    const f = await (await s.get(`/api/staff/figures?profile=${PROFILE}&from=2026-12-01&to=2027-03-31`, 'admin')).json();
    expect(f.ch02.stage1).toMatchObject({ count: 2, of: 4 });
    expect(f.responsesEnteredLate.stage1).toBe(1);
    expect(f.backdated.stage1).toBe(2);
    const csv = await (await s.get(`/api/staff/figures.csv?profile=${PROFILE}&from=2026-12-01&to=2027-03-31`, 'admin')).text();
    expect(csv).toContain('responses dated in time but entered after the deadline (counted late),stage1,1,,\r\n');
    expect(csv).toContain('backdated entries,stage1,2,,\r\n');
  });

  it('backdate-extension-after-deadline: an extension entered after the deadline does not move it', async () => {
    const { ref, respondBy } = await acknowledged();
    expect((await act(ref, 'extend', { to: plus(respondBy, 14), reason: 'contractor report awaited', residentAgreed: true }, plus(respondBy, 2))).status).toBe(200);
    expect((await act(ref, 'respond', { on: plus(respondBy, 12) }, plus(respondBy, 12))).status).toBe(200);
    const event = (await s.detail(ref)).audit.find((e: { action: string }) => e.action === 'stage1.extended');
    expect(event.details.recordedOn).toBe(plus(respondBy, 2));
    const f = await (await s.get(`/api/staff/figures?profile=${PROFILE}&from=2026-12-01&to=2027-03-31`, 'admin')).json();
    expect(f.lateExtensions.stage1).toBe(1);
  });

  it.each([
    ['backdate-future-date-refused', (respondBy: string) => plus(respondBy, -2), (respondBy: string) => plus(respondBy, -5)],
    ['backdate-date-before-receipt-refused', () => '2026-11-28', (respondBy: string) => plus(respondBy, -5)],
  ])('%s: an impossible date changes nothing', async (_scenario, dated, entered) => {
    const { ref, respondBy } = await acknowledged();
    const before = (await s.detail(ref)).version;
    const res = await act(ref, 'respond', { on: dated(respondBy) }, entered(respondBy));
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toMatch(/date/i);
    expect((await s.detail(ref)).version).toBe(before);
  });
});
