import { getProfile } from '../../triage/profiles';
import { extensionDeadline, stage1Deadlines } from '../../triage/stage1Deadlines';

const profile = (id: string) => getProfile(id)!;

describe('stage 1 deadlines as staff record events (Code 6.2–6.4)', () => {
  it('counts the response from the real acknowledgement when it came early (Code 6.3)', () => {
    expect(stage1Deadlines(profile('code-2024'), '2026-03-02T10:00:00Z', { acknowledgedOn: '2026-03-03' })).toEqual({
      acknowledgeBy: '2026-03-09',
      respondBy: '2026-03-17',
      respondByWithExtension: '2026-03-31',
    });
  });

  it('a late acknowledgement does not buy extra time: the response counts from the acknowledgement deadline', () => {
    const onTime = stage1Deadlines(profile('code-2024'), '2026-03-02T10:00:00Z');
    expect(stage1Deadlines(profile('code-2024'), '2026-03-02T10:00:00Z', { acknowledgedOn: '2026-03-20' })).toEqual(onTime);
  });

  it('counts from logging where the profile says so (WCH 5.2.2; Greatwell 2.3)', () => {
    expect(stage1Deadlines(profile('wch'), '2026-03-02T10:00:00Z', { loggedOn: '2026-03-03' }).respondBy).toBe('2026-03-17');
    expect(stage1Deadlines(profile('greatwell'), '2026-03-02T10:00:00Z').respondBy).toBe('2026-03-16');
  });

  it("an extension adds the profile’s working days to the response deadline (Code 6.4; Charity 2022 policy, 'Resolving complaints as quickly as we can')", () => {
    expect(extensionDeadline(profile('code-2024'), 1, '2026-03-16')).toBe('2026-03-30');
    expect(extensionDeadline(profile('charity-2022'), 2, '2026-03-16')).toBe('2026-04-29');
  });

  it('adds the profile’s office closures to the bank holidays', () => {
    const closed = { ...profile('code-2024'), extraNonWorkingDays: { dates: ['2026-03-09'], source: ['office closure'] } };
    expect(stage1Deadlines(closed, '2026-03-02T10:00:00Z').acknowledgeBy).toBe('2026-03-10');
  });

  it('runs on the profile’s nation: a Scottish landlord works on Easter Monday', () => {
    const scottish = { ...profile('code-2024'), nation: { value: 'scotland' as const, source: ['test'] } };
    expect(stage1Deadlines(profile('code-2024'), '2026-03-30T10:00:00+01:00').acknowledgeBy).toBe('2026-04-08');
    expect(stage1Deadlines(scottish, '2026-03-30T10:00:00+01:00').acknowledgeBy).toBe('2026-04-07');
  });
});
