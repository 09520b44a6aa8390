// Which advice the tenant's words call for: health advice for damp or mould with someone it harms
// most, the emergency repairs line for an emergency repair (unless the danger advice gave it),
// and noise advice for noise.
import { dampHarmsHealth, isAboutNoise, needsEmergencyRepairAdvice } from '../../dialogs/adviceFor';
import { understandOffline } from '../../understanding';

const NOW = new Date('2026-11-30T10:00:00Z');
const read = (text: string) => understandOffline(text, { now: NOW });

describe('health advice for damp and mould', () => {
  it.each([
    ['There is black mould in the bedroom and my baby keeps coughing', true],
    ['Damp all over the kitchen wall and I am pregnant', true],
    ['Mould in the bathroom and my husband has asthma', true],
    ['Mould in the bathroom and my husband has diabetes', false],
    ['Mould in the bedroom and my nan is 82 and has diabetes', true],
    ['There is mould in my bathroom', false],
    ['My baby cannot sleep because of the noise next door', false],
  ])('%j: %s', (text, expected) => {
    expect(dampHarmsHealth(text, read(text))).toBe(expected);
  });
});

describe('the emergency repairs line', () => {
  it.each([
    ["boiler's packed in since last night, no heating or hot water", true],
    ['My front door lock has broken and it will not lock', true],
    ['Water is pouring through the kitchen ceiling', true],
    ['The extractor fan in the bathroom does not work', false],
    // The danger advice already gives the line for gas.
    ['I can smell gas in the kitchen', false],
  ])('%j: %s', (text, expected) => {
    expect(needsEmergencyRepairAdvice(text, read(text))).toBe(expected);
  });
});

describe('noise advice', () => {
  it.each([
    ['The flat above plays loud music until 3am', true],
    ['Mae sŵn uchel gan fy nghymydog bob nos', true],
    ['Someone is dealing drugs in the stairwell', false],
  ])('%j: %s', (text, expected) => {
    expect(isAboutNoise(text)).toBe(expected);
  });
});
