// A follow-up to a reported danger that says it may be getting worse (new symptoms, someone now
// alone) renews it; one that only adds an address does not.
import { renewsDanger } from '../../understanding/immediateDanger';

describe('a follow-up renews a danger already reported', () => {
  it.each([
    'also the baby is coughing now and my little one was sick this morning',
    'Mała ma teraz gorączkę i cały czas płacze',
    'أنا وحدي في الشقة رقم 5',
    'she is getting worse and feels dizzy',
    "I'm on my own with the kids tonight",
  ])('%j', (text) => expect(renewsDanger(text)).toBe(true));
});

describe('a follow-up that only adds details does not', () => {
  it.each([
    'sorry forgot to say its flat 3b harrow house',
    'my number is 07700 900123',
    'Anghofiais ddweud – fflat 2, 31 Heol y Bryn',
  ])('%j', (text) => expect(renewsDanger(text)).toBe(false));
});
