// A tenant who answers whatever the bot asks, for whole conversations over HTTP and in the
// browser: each question is recognised by its words, so the script does not depend on which
// category understanding suggested first.
export type Answer = { text: string } | { choice: string };

export interface Persona {
  opening: string;
  answers: Array<[RegExp, string]>;
  /** The reply that ends the conversation. */
  done: RegExp;
}

export const COMPLAINANT: Persona = {
  opening: 'The repairs team missed three appointments to fix my cooker and nobody called me, I am fed up',
  answers: [
    [/want to complain about our service\. Is that right/, 'Yes'],
    [/Is that right/, 'No, something else'],
    [/Which of these is closest/, 'Make a complaint'],
    [/Please tell us a little/, 'The repairs team missed three appointments to fix my cooker'],
    [/anything you want to add/, 'No, that is everything'],
    [/When did this happen/, 'last Monday'],
    [/still going on/, 'No'],
    [/Which service or member of staff/, 'repairs'],
    [/How has this affected/, 'I could not cook for my children'],
    [/What would you like us to do/, 'Fix the cooker and pay for the takeaways'],
    [/anything about your situation/, 'No'],
    [/writing for yourself/, 'For myself'],
    [/What is your name/, 'Sam Jones'],
    [/How should we send you our reply/, 'Email'],
    [/email address/, 'sam@example.org'],
    [/summary before you send it/, 'Yes, send it'],
  ],
  done: /Your reference is CMP-\d{4}-\d{6}/,
};

/** Writes for themselves, leaves a name, an address for a repair and an email, and sends the summary. */
export const LEAVES_CONTACT_AND_SENDS: Array<[RegExp, string]> = [
  [/address of the home/, 'Flat 2, 14 Park Road'],
  [/writing for yourself/, 'For myself'],
  [/What is your name/, 'Sam Jones'],
  [/How should we send you our reply/, 'Email'],
  [/email address/, 'sam@example.org'],
  [/agree to us contacting you/, 'Yes'],
  [/summary before you send it(.|\n)*Is this right\?/, 'Yes, send it'],
];

/** The persona's answer to the last question in `replies`, or undefined when it has none. */
export function answerFor(persona: Persona, replies: string): string | undefined {
  // Where the last occurrence of a question ends; on a tie the earlier, more specific pattern wins.
  const lastQuestionAt = (pattern: RegExp) => {
    let end = -1;
    const global = new RegExp(pattern.source, 'g');
    for (let m = global.exec(replies); m; m = global.exec(replies)) end = m.index + m[0].length;
    return end;
  };
  let best: { at: number; answer: string } | undefined;
  for (const [pattern, answer] of persona.answers) {
    const at = lastQuestionAt(pattern);
    if (at >= 0 && (!best || at > best.at)) best = { at, answer };
  }
  return best?.answer;
}
