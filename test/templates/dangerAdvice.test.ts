// The emergency advice every channel gives (templates/dangerAdvice.ts): the right numbers for
// each danger, and never "call our emergency repairs line" without a number.
import { dangerAdvice, EMERGENCY_NUMBER_NOT_SET } from '../../templates/dangerAdvice';
import type { ImmediateDanger } from '../../understanding/immediateDanger';

const NONE: ImmediateDanger = {
  gas: false, electric: false, fire: false, selfHarm: false, threat: false, childAlone: false, structural: false, noHeatingVulnerable: false,
};
const REPAIRS = '0800 123 4567';

it.each<[keyof ImmediateDanger, string[]]>([
  ['gas', ['999', '0800 111 999', REPAIRS]],
  ['electric', ['999', REPAIRS]],
  ['fire', ['999']],
  ['structural', ['999', REPAIRS]],
  ['threat', ['999']],
  ['childAlone', ['999']],
  ['selfHarm', ['999', '116 123']],
  ['noHeatingVulnerable', ['999', REPAIRS, '111']],
])('%s: the advice gives %j', (kind, numbers) => {
  const advice = dangerAdvice({ ...NONE, [kind]: true }, REPAIRS, 'reply');
  for (const number of numbers) expect(advice).toMatch(new RegExp(`(?<!\\d ?)${number}(?!\\d)`));
  expect(advice).not.toMatch(/carry on here/);
});

it('without a configured number, a placeholder says what to set, never a line with no number', () => {
  const advice = dangerAdvice({ ...NONE, gas: true, noHeatingVulnerable: true }, undefined, 'chat');
  expect(advice).toContain(EMERGENCY_NUMBER_NOT_SET);
  expect(advice).not.toMatch(/emergency repairs line( now)?(\.|,| on \*\*\*\*)/);
  expect(advice).toMatch(/When you are safe, you can carry on here/);
});
