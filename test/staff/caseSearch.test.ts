import { searchTerms } from '../../staff/service/caseSearch';
import { startStaff, type Role, type Staff } from './staffHarness';

// A complaint that triage opens at stage 1, so it can be answered and closed through the staff API.
const COMPLAINT = 'complaint-repair-delay';

describe('what a search box query is read as', () => {
  it.each([
    ['CMP-2026-000012', { referencePrefix: 'CMP-2026-000012' }],
    ['cmp-2026-00', { referencePrefix: 'CMP-2026-00' }],
    ['Sam.Jones@Example.org', { emailPrefix: 'sam.jones@example.org' }],
    ['+44 7700 900123', { phonePrefix: '07700900123' }],
    ['(07700) 900-123', { phonePrefix: '07700900123' }],
    ['b152tt', { postcode: 'B152TT' }],
    ['SW1A 1AA', { postcode: 'SW1A1AA' }],
    ['LS6  1aa', { postcode: 'LS61AA' }],
    // An outward code alone finds every postcode of its district.
    ['ls6', { outwardCode: 'LS6' }],
    ['SW1A', { outwardCode: 'SW1A' }],
    ['leaking tap', {}],
    ['12345', {}],
  ])('"%s" is tried as words and as %j', (q, readings) => {
    expect(searchTerms(q)).toEqual({ words: q, ...readings });
  });
});

// GET /api/staff/search over HTTP: open and closed cases by reference, name, email, phone, postcode
// and words; restricted cases only for those who may see them.
describe('search (GET /api/staff/search)', () => {
  let s: Staff;
  let sam: string;
  let priya: string;
  let hidden: string;
  const search = async (q: string, role: Role = 'reviewer', extra = '') => {
    const res = await s.get(`/api/staff/search?${new URLSearchParams({ q })}${extra}`, role);
    expect(res.status).toBe(200);
    return res.json();
  };
  const found = async (q: string, role: Role = 'reviewer') => (await search(q, role)).items.map((i: { reference: string }) => i.reference);

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-21T10:00:00Z');
    sam = await s.open(COMPLAINT, {
      summary: 'I reported a leaking kitchen tap at 12 Acacia Road, B15 2TT in October and nobody has come.\nWater is damaging the cupboard.',
      contact: { name: 'Sam Jones', phone: '07700 900123', email: 'Sam.Jones@Example.org' },
    });
    priya = await s.open(COMPLAINT, { summary: 'The lift in Tower Block C has been broken for six weeks.', contact: { name: 'Priya Patel', phone: '07700 900777' } });
    let version = 1;
    for (const [action, body] of [
      ['acknowledge', { on: '2026-12-01' }],
      ['respond', { on: '2026-12-10' }],
      ['close', { outcome: 'upheld', on: '2026-12-10' }],
    ] as const) {
      const res = await s.act(priya, action, { version, ...body });
      expect(res.status).toBe(200);
      version = (await res.json()).version;
    }
    hidden = await s.open(COMPLAINT, {
      summary: 'The housing officer was rude to me when I asked about the broken lift.',
      contact: { name: 'Robin Hidden' },
      signals: { staffConduct: true } as never,
    });
  });
  afterAll(() => s.t.stop());

  it('finds a case by its whole reference, the exact match first, with its name, first line and owner', async () => {
    const result = await search(sam);
    expect(result.items[0]).toMatchObject({
      reference: sam,
      name: 'Sam Jones',
      summary: 'I reported a leaking kitchen tap at 12 Acacia Road, B15 2TT in October and nobody has come.',
      closed: false,
      assignee: null,
    });
    expect(result).toMatchObject({ q: sam, total: 1, page: 1, pageSize: 25 });
  });

  it('finds the cases a reference typed in part begins, in any case', async () => {
    expect(await found(sam.slice(0, -1).toLowerCase())).toContain(sam);
  });

  it.each([
    ['a name', 'sam jones'],
    ['a surname alone', 'Jones'],
    ['an email in any case', 'SAM.JONES@example.org'],
    ['the start of an email', 'sam.jones@'],
    ['a phone number written with +44', '+44 7700 900123'],
    ['a phone number without spaces', '07700900123'],
    ['a postcode with its space', 'B15 2TT'],
    ['a postcode without its space', 'b152tt'],
    ['words in another form than the summary uses', 'leak damage'],
  ])('finds a case by %s ("%s")', async (_what, q) => {
    expect(await found(q)).toEqual([sam]);
  });

  it('finds closed cases as well as open ones, and says which', async () => {
    const [item] = (await search('lift tower')).items;
    expect(item).toMatchObject({ reference: priya, closed: true, phase: 'closed', name: 'Priya Patel' });
  });

  it('never shows a restricted case to a role that may not see it; a complaints manager finds it', async () => {
    expect(await found('rude')).toEqual([]);
    expect(await found(hidden)).toEqual([]);
    expect(await found('broken lift')).toEqual([priya]);
    expect(await found('rude', 'complaints_manager')).toEqual([hidden]);
    expect((await found('broken lift', 'complaints_manager')).sort()).toEqual([priya, hidden].sort());
  });

  it('pages through the matches', async () => {
    const first = await search('broken lift', 'complaints_manager', '&pageSize=1');
    const second = await search('broken lift', 'complaints_manager', '&pageSize=1&page=2');
    expect([first.total, second.total]).toEqual([2, 2]);
    expect([...first.items, ...second.items].map((i: { reference: string }) => i.reference).sort()).toEqual([priya, hidden].sort());
  });

  it('finds nothing, without an error, for words no case holds', async () => {
    expect(await search('trampoline')).toMatchObject({ items: [], total: 0 });
  });

  it('answers 400 saying what to type for a query too short or a page that is not a number', async () => {
    const short = await s.get('/api/staff/search?q=a');
    expect(short.status).toBe(400);
    expect((await short.json()).error.issues[0]).toMatchObject({ path: 'q', message: expect.stringMatching(/at least 2 characters: a reference, name/) });
    expect((await s.get('/api/staff/search')).status).toBe(400);
    expect((await s.get('/api/staff/search?q=lift&page=two')).status).toBe(400);
  });

  it('is for those who work cases: 401 without a token, 403 for an admin', async () => {
    expect((await s.get('/api/staff/search?q=lift', null)).status).toBe(401);
    expect((await s.get('/api/staff/search?q=lift', 'admin')).status).toBe(403);
  });
});
