import { intakeEnv, message, signedPost } from '../intake/signedPost';
import { startStaff, type Staff } from './staffHarness';

// Danger forwarded by a channel sorts above ordinary cases in "What needs me today", whatever
// category it was triaged into.
describe('forwarded danger messages sort above ordinary cases', () => {
  let s: Staff;
  let ordinary: string;
  const forward = async (text: string) => {
    const res = await signedPost(`${s.t.baseUrl}/api/intake/messages`, message({ text }), 'facebook');
    return res.json();
  };

  beforeAll(async () => {
    s = await startStaff(intakeEnv());
    // An ordinary complaint received first, so it would lead on age alone.
    ordinary = (await forward('The repairs team missed three appointments to fix my cooker and nobody called me. I want to complain.')).case.reference;
  });
  afterAll(() => s.t.stop());

  it.each([
    ['gas', 'I can smell gas in my kitchen and it is getting stronger.'],
    ['no heating, older person', 'My mum is elderly and has had no heating for four days in this cold.'],
    ['sparking electrics', 'Water is coming through the lights in the hallway and they are sparking.'],
    ['threat with a weapon', 'My neighbour threatened to stab me and he has a knife.'],
    ['self-harm', 'Nobody listens about the damp and honestly I feel like ending it all.'],
  ])('%s comes before the ordinary complaint', async (_name, text) => {
    const answer = await forward(text);
    expect(answer.status).toBe('case_opened');
    const items = (await (await s.get('/api/staff/cases?view=today&pageSize=100')).json()).items as { reference: string; urgent: string[] }[];
    const at = (reference: string) => items.findIndex((i) => i.reference === reference);
    expect(items[at(answer.case.reference)].urgent).toContain('danger');
    expect(at(answer.case.reference)).toBeLessThan(at(ordinary));
  });
});
