// Through the real staff API and store, under a landlord in England (the Code's profile) and a
// landlord in Wales (its own profile file, test/fixtures/profiles, loaded by PROFILE_FILE as at
// start-up): the "not accepted" letter names the landlord's ombudsman and no other (Code 2.4), and
// a service request shows staff the date the tenant was told, with its source (Code 1.4).
import { join } from 'node:path';
import { startStaff, type Staff } from './staffHarness';

const WALES = 'cartref-cymru-2026';
const TODAY = '2026-12-07';

/** The letter as a resident reads it: text without markup. */
const text = (html: string) => html.replace(/<(style|script)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

let s: Staff;
beforeAll(async () => {
  s = await startStaff({ PROFILE_FILE: join(__dirname, '../fixtures/profiles/cartref-cymru.json') });
  s.pinNow(`${TODAY}T12:00:00Z`);
});
afterAll(() => s.t.stop());

describe('the "not accepted" letter names the landlord’s ombudsman (Code 2.4)', () => {
  it.each([
    ['code-2024', /ask the Housing Ombudsman Service to review[\s\S]*PO Box 152, Liverpool L33 7WQ[\s\S]*0300 111 3000/, /Public Services Ombudsman/],
    [WALES, /ask the Public Services Ombudsman for Wales to review[\s\S]*1 Ffordd yr Hen Gae, Pencoed CF35 5LJ[\s\S]*ask@ombudsman\.wales[\s\S]*0300 790 0203/, /Housing Ombudsman/],
  ])('under %s', async (profile, named, never) => {
    const ref = await s.open('complaint-repair-delay', { profile, signals: { legalProceedingsFiled: true } } as never);
    const { letters } = await s.detail(ref, 'complaints_manager');
    expect(letters).toContain('not-accepted');
    const res = await s.get(`/api/staff/cases/${ref}/letters/not-accepted`, 'complaints_manager');
    expect(res.status).toBe(200);
    const letter = text(await res.text());
    expect(letter).toMatch(named);
    expect(letter).not.toMatch(never);
  });
});

describe('a service request’s reply-by date is a deadline line with its source (Code 1.4)', () => {
  it.each([
    // 10 working days, the stated default, cited as a default for the landlord to confirm.
    ['code-2024', '2026-12-01T10:00:00Z', '2026-12-15', /^default:/],
    // The Welsh landlord's own 5 working days.
    [WALES, '2026-12-01T10:00:00Z', '2026-12-08', /^Cartref 3\.2$/],
  ])('under %s, received %s: respond by %s', async (profile, receivedAt, due, cited) => {
    const ref = await s.open('complaint-repair-delay', { profile, category: 'service_request', receivedAt, priorServiceRequest: undefined } as never);
    const detail = await s.detail(ref);
    expect(detail.decision.outcome).toBe('service_request');
    const line = detail.deadlines.find((d: { label: string }) => d.label === 'Service request: respond by');
    expect(line).toMatchObject({ due, doneOn: null });
    expect(line.sources.join(' ')).toMatch(cited);
  });

  it('a complaint has no service-request line', async () => {
    const ref = await s.open('complaint-repair-delay', { profile: 'code-2024', category: 'complaint', priorServiceRequest: undefined } as never);
    expect((await s.detail(ref)).deadlines.map((d: { label: string }) => d.label)).not.toContain('Service request: respond by');
  });
});
