// The console's case page over HTTP: the action forms it shows are the actions the catalogue says
// the case offers where it stands (lifecycle/actionCatalogue.ts), as the case moves on.
import { isActionName } from '../../lifecycle/actionSchemas';
import { startStaff, type Staff } from '../staff/staffHarness';

describe('the case page offers the forms for the actions available', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  const formsOn = async (reference: string) => {
    // The case page's other forms (the owner, the record of the work) are there whatever the state.
    const html = await (await s.get(`/console/cases/${reference}`)).text();
    return [...html.matchAll(new RegExp(`<form method="post" action="/console/cases/${reference}/([a-z0-9-]+)"`, 'g'))].map((m) => m[1]).filter(isActionName);
  };

  it('as stage 1 opens, is acknowledged and reviewed, then answered', async () => {
    const reference = await s.open('complaint-repair-delay');
    expect(await formsOn(reference)).toEqual(['approve', 'override', 'acknowledge', 'extend', 'withdraw', 'update-contact']);
    expect((await s.act(reference, 'acknowledge', { version: 1, on: '2026-11-27' })).status).toBe(200);
    expect((await s.act(reference, 'approve', { version: 2 })).status).toBe(200);
    expect(await formsOn(reference)).toEqual(['override', 'respond', 'extend', 'withdraw', 'correct-date', 'update-contact']);
    expect((await s.act(reference, 'respond', { version: 3, on: '2026-12-01' })).status).toBe(200);
    expect(await formsOn(reference)).toEqual(['override', 'escalate-stage2', 'close', 'withdraw', 'correct-date', 'record-ombudsman-determination', 'update-contact']);
  });
});
