// immediateDanger keeps its latest answers (one message is read for danger several times): a
// caller changing the answer it was given must not change the next caller's.
import { immediateDanger } from '../../understanding/immediateDanger';

it('each caller gets an answer of its own for the same words', () => {
  const text = 'I can smell gas in the kitchen';
  const first = immediateDanger(text);
  expect(first?.gas).toBe(true);
  if (first) first.gas = false;
  expect(immediateDanger(text)?.gas).toBe(true);
});

it('words with no danger stay without one when read again', () => {
  const text = 'The fence panel is loose';
  expect(immediateDanger(text)).toBeUndefined();
  expect(immediateDanger(text)).toBeUndefined();
});
