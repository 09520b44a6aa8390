import { eq } from 'drizzle-orm';
import { cases, hazardClocks } from '../../store/schema';
import { caseQueueColumns, hazardQueueColumns } from '../../store/queueColumns';
import { migrate } from '../../store/migrate';
import { intakeEnv, message, signedPost } from '../intake/signedPost';
import { startStaff, type Staff } from './staffHarness';

// The queue reads what each write stored on the case (migrations/0022_queue_columns.sql): after
// every kind of write, the stored columns must be what the pure state says, or a case would sit in
// the wrong view or place. And passing time alone moves a case into "overdue", with no write.
const PINNED = '2026-11-30T12:00:00Z';

describe('the queue columns stored on a case agree with its state after every kind of write', () => {
  let s: Staff;
  const refs: Record<string, string> = {};

  const stored = async (reference: string) => {
    const { db } = s.t.app.context.database;
    const [row] = await db.select().from(cases).where(eq(cases.reference, reference));
    const clocks = await db.select().from(hazardClocks).where(eq(hazardClocks.caseId, row.id));
    return { row, clocks };
  };
  const version = async (reference: string) => (await s.detail(reference)).version as number;
  const ok = async (res: Response) => {
    if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
  };
  const act = async (name: string, action: string, body: Record<string, unknown>, role?: 'complaints_manager') =>
    ok(await s.act(refs[name], action, { version: await version(refs[name]), ...body }, role));
  const post = async (path: string, body: object) =>
    ok(
      await fetch(`${s.t.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token('reviewer')}` },
        body: JSON.stringify(body),
      }),
    );
  const clockOf = async (name: string) => (await stored(refs[name])).clocks[0];

  beforeAll(async () => {
    s = await startStaff(intakeEnv());
    s.pinNow(PINNED);
  });
  afterAll(() => s.t.stop());

  // Each write, in order, and what it must have moved in the stored columns.
  const writes: { write: string; case: string; run: () => Promise<void>; expected: Record<string, unknown> }[] = [
    {
      write: 'open a complaint',
      case: 'complaint',
      run: async () => void (refs.complaint = await s.open('complaint-repair-delay', { receivedAt: '2026-11-23T10:00:00Z' })),
      expected: { queuePhase: 'stage1', queueReviewed: false, hazardEmergency: false },
    },
    { write: 'approve (review)', case: 'complaint', run: () => act('complaint', 'approve', {}), expected: { queueReviewed: true } },
    { write: 'acknowledge', case: 'complaint', run: () => act('complaint', 'acknowledge', { on: '2026-11-24' }), expected: { queuePhase: 'stage1' } },
    { write: 'respond', case: 'complaint', run: () => act('complaint', 'respond', { on: '2026-11-27' }), expected: { queueDueOn: null } },
    { write: 'stage 2 asked for', case: 'complaint', run: () => act('complaint', 'escalate-stage2', { requestedOn: '2026-11-30' }), expected: { queuePhase: 'stage2' } },
    {
      write: 'assign',
      case: 'complaint',
      run: async () => post(`/api/staff/cases/${refs.complaint}/assignment`, { version: await version(refs.complaint), assignee: { subject: 'o-1', name: 'Officer One' } }),
      expected: { queuePhase: 'stage2' },
    },
    { write: 'acknowledge stage 2', case: 'complaint', run: () => act('complaint', 'acknowledge', { on: '2026-11-30' }), expected: { queuePhase: 'stage2' } },
    // Code 6.13: stage 2 is answered by someone not involved at stage 1.
    { write: 'respond at stage 2', case: 'complaint', run: () => act('complaint', 'respond', { on: '2026-11-30' }, 'complaints_manager'), expected: { queueDueOn: null } },
    {
      write: 'close',
      case: 'complaint',
      run: () => act('complaint', 'close', { outcome: 'not_upheld', on: '2026-11-30' }, 'complaints_manager'),
      expected: { queuePhase: 'closed', queueDueOn: null },
    },
    {
      write: 'override to not accepted',
      case: 'refused',
      run: async () => {
        refs.refused = await s.open('complaint-repair-delay', { receivedAt: '2026-11-24T10:00:00Z' });
        await act('refused', 'override', { outcome: 'not_accepted', refusalReason: 'legal_proceedings', reason: 'Court claim filed last week' });
      },
      expected: { queuePhase: 'routed', queueReviewed: true },
    },
    {
      write: 'open with an emergency hazard clock',
      case: 'gas',
      run: async () => void (refs.gas = await s.open('gas-smell-emergency', { receivedAt: '2026-11-30T06:00:00Z' })),
      expected: { hazardEmergency: true },
    },
    {
      write: 'a hazard step recorded',
      case: 'gas',
      run: async () => {
        const clock = await clockOf('gas');
        await post(`/api/staff/hazards/${clock.id}/investigation-concluded`, { version: clock.version, at: '2026-11-30T08:00:00Z' });
      },
      expected: { hazardEmergency: true },
    },
    {
      write: 'a hazard clock closed in error',
      case: 'gas',
      run: async () => {
        const clock = await clockOf('gas');
        await post(`/api/staff/hazards/${clock.id}/close-in-error`, { version: clock.version, reason: 'The smell was from a neighbour’s barbecue.' });
      },
      expected: { hazardEmergency: false, hazardDueAt: null },
    },
    {
      write: 'a forwarded message opens a case (one statement with its record)',
      case: 'forwarded',
      run: async () => {
        const text = 'There is black mould all over my baby’s bedroom wall and she keeps coughing. I reported it in September and nobody came.';
        const res = await signedPost(`${s.t.baseUrl}/api/intake/messages`, message({ channel: 'email', author: { email: 'sam@example.org', displayName: 'Sam Jones' }, text }), 'email', {
          timestamp: String(Math.floor(Date.parse(PINNED) / 1000)),
        });
        if (res.status !== 201) throw new Error(`${res.status} ${await res.text()}`);
        refs.forwarded = (await res.json()).case.reference;
      },
      expected: { queueCaseUrgent: true, queueReviewed: false },
    },
  ];

  it.each(writes.map((w) => [w.write, w] as const))('after "%s" the stored columns are the pure state', async (_name, w) => {
    const before = refs[w.case] ? await stored(refs[w.case]) : undefined;
    await w.run();
    const { row, clocks } = await stored(refs[w.case]);
    const expected = { ...caseQueueColumns(row), ...hazardQueueColumns(clocks) };
    expect({
      queuePhase: row.queuePhase,
      queueReviewed: row.queueReviewed,
      queueDueOn: row.queueDueOn,
      queueDueAt: row.queueDueAt,
      queueCaseUrgent: row.queueCaseUrgent,
      hazardEmergency: row.hazardEmergency,
      hazardDueAt: row.hazardDueAt,
      figuresFacts: row.figuresFacts,
    }).toEqual(expected);
    expect(row).toMatchObject(w.expected);
    // The write changed the case or its clock: the check above saw a new state, not the old one.
    if (before) expect(row.version > before.row.version || clocks.some((c, i) => c.version > (before.clocks[i]?.version ?? 0))).toBe(true);
  });

  it('the start-up backfill fills a case written before the columns existed, as a write would have', async () => {
    const { database } = s.t.app.context;
    const written = await stored(refs.gas);
    await database.db.update(cases).set({ queuePhase: null, queueReviewed: false, queueDueOn: null, queueDueAt: null, hazardEmergency: false, figuresFacts: null }).where(eq(cases.id, written.row.id));
    await migrate(database);
    expect((await stored(refs.gas)).row).toEqual(written.row);
  });

  it('a case becomes overdue when its day passes, with no write', async () => {
    const reference = await s.open('complaint-repair-delay', { receivedAt: '2026-11-30T09:00:00Z' });
    const due = (await stored(reference)).row.queueDueOn as string;
    const inView = async (view: string) =>
      ((await (await s.get(`/api/staff/cases?view=${view}&pageSize=100`)).json()).items as { reference: string }[]).some((i) => i.reference === reference);
    s.pinNow(`${due}T12:00:00Z`);
    expect(await inView('overdue')).toBe(false);
    expect(await inView('due_this_week')).toBe(true);
    const versionBefore = await version(reference);
    s.pinNow(new Date(Date.parse(`${due}T12:00:00Z`) + 3 * 86_400_000).toISOString());
    expect(await inView('overdue')).toBe(true);
    expect(await version(reference)).toBe(versionBefore);
  });
});
