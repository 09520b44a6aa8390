import { startCaptureConnector, type CaptureConnector } from '../support/captureConnector';
import { converseOverHttp } from '../support/httpConversation';
import { COMPLAINANT } from '../support/tenantPersona';
import { intakeEnv, message, signedPost } from '../intake/signedPost';
import { startStaff, type Staff } from './staffHarness';

// A hazard that is denied or over starts no Awaab's Law clock, whichever way the words arrive
// (S.I. 2025/1042 runs from awareness of a hazard, not from a mention of one).
describe('negated and past hazards start no clock, through the chat and the intake API', () => {
  let s: Staff;
  let connector: CaptureConnector;
  let conversation = 0;
  const COMPLAINT = 'The repairs team missed three appointments to fix my cooker and nobody called me, I am fed up.';

  const clockCount = async (reference: string) =>
    (await (await s.get('/api/staff/hazards', 'complaints_manager')).json()).clocks.filter((c: { caseReference: string }) => c.caseReference === reference).length;

  const throughChat = async (said: string) => {
    conversation += 1;
    const seen = await converseOverHttp({
      baseUrl: s.t.baseUrl,
      connector,
      conversationId: `negation-${conversation}`,
      channelId: 'webchat',
      persona: { ...COMPLAINANT, opening: `${COMPLAINT} ${said}` },
    });
    return /Your reference is (CMP-\d{4}-\d{6})/.exec(seen.at(-1) as string)?.[1] as string;
  };
  const throughIntake = async (said: string) => {
    const res = await signedPost(`${s.t.baseUrl}/api/intake/messages`, message({ text: `${COMPLAINT} ${said} I want to make a complaint.` }), 'facebook');
    return (await res.json()).case.reference as string;
  };

  beforeAll(async () => {
    s = await startStaff(intakeEnv());
    connector = await startCaptureConnector();
  });
  afterAll(async () => {
    await s.t.stop();
    await connector.close();
  });

  describe.each([
    ['the chat', throughChat],
    ['the intake API', throughIntake],
  ])('through %s', (_channel, open) => {
    it.each(['We have never had mould.', 'The mould has gone now.', 'There is no mould now.'])('"%s" opens the case with no clock', async (said) => {
      const reference = await open(said);
      expect(reference).toMatch(/^CMP-/);
      expect((await s.detail(reference, 'complaints_manager')).decision.hazards).toEqual([]);
      expect(await clockCount(reference)).toBe(0);
    });

    it('while "There is black mould on the bedroom wall." starts the damp-and-mould clock', async () => {
      const reference = await open('There is black mould on the bedroom wall.');
      expect((await s.detail(reference, 'complaints_manager')).decision.hazards.map((h: { hazard: string }) => h.hazard)).toEqual(['damp_mould']);
      expect(await clockCount(reference)).toBe(1);
    });
  });
});
