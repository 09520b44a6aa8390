import { getProfile } from '../../triage/profiles';
import { stage2Deadlines, stage2RequestWindow } from '../../triage/stage2Deadlines';

const profile = (id: string) => getProfile(id)!;

describe('stage 2 clocks (Code 6.11, 6.14, 6.15)', () => {
  // Requested Monday 2 March 2026.
  it.each([
    ['code-2024', '2026-03-09', '2026-04-08', '2026-05-07'],
    ['whg', '2026-03-09', '2026-03-30', '2026-04-15'],
    ['charity-2022', '2026-03-09', '2026-04-08', '2026-05-21'],
    ['bchg', '2026-03-09', '2026-04-08', '2026-05-07'],
    ['wch', '2026-03-09', '2026-03-30', '2026-04-08'],
    ['greatwell', '2026-03-09', '2026-03-30', '2026-04-15'],
  ])('%s: acknowledge by %s, respond by %s, extended at most to %s', (id, ack, respond, extended) => {
    expect(stage2Deadlines(profile(id), '2026-03-02')).toEqual({ acknowledgeBy: ack, respondBy: respond, respondByWithExtension: extended });
  });

  it('counts from an early stage 2 acknowledgement (Code 6.14)', () => {
    expect(stage2Deadlines(profile('code-2024'), '2026-03-02', { acknowledgedOn: '2026-03-03' }).respondBy).toBe('2026-03-31');
  });

  it('a late stage 2 acknowledgement does not move the response later', () => {
    expect(stage2Deadlines(profile('code-2024'), '2026-03-02', { acknowledgedOn: '2026-03-20' }).respondBy).toBe('2026-04-08');
  });
});

describe('the window for asking for stage 2 (Code 6.10–6.12)', () => {
  it.each([
    ['code-2024', null, undefined],
    ['charity-2022', null, undefined],
    ['whg', '2026-03-30', undefined], // 28 calendar days (whg 2.18)
    ['bchg', '2026-03-11', undefined], // 7 working days (BCHG 7.3)
    ['wch', '2026-03-16', '2026-03-30'], // 10 working days, +10 case by case (WCH 5.3.1)
    ['greatwell', '2026-03-30', undefined], // 20 working days (Greatwell 2.4)
  ])('%s: request by %s (with discretion %s)', (id, requestBy, withDiscretion) => {
    const window = stage2RequestWindow(profile(id), '2026-03-02');
    expect(window.requestBy).toBe(requestBy);
    expect(window.requestByWithDiscretion).toBe(withDiscretion);
  });
});
