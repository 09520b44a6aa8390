// Text helpers shared by every embedded model, so the lexicons, the classifier features and the
// rules all see a message the same way whatever language or keyboard it was typed on.

/**
 * Lower case, compatibility forms folded, combining marks removed (so "pleśń" ≈ "plesn",
 * "nemulțumit" ≈ "nemultumit", Arabic vowel marks dropped) and curly quotes straightened.
 * Tenants type with and without diacritics; folding them lets one keyword serve both. Bengali's
 * vowel signs are kept: they are part of the word there, not an accent ("ধন্যবাদ" is not "ধনযবদ").
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(?<!\p{Script=Bengali})\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\u0640/g, '') // Arabic tatweel, a purely visual stretch
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Word tokens of a normalised text: runs of letters or digits (and Bengali's vowel signs), apostrophes inside words dropped ("don't" → "dont"). */
export function words(normalised: string): string[] {
  return normalised.replace(/(\p{L})'(\p{L})/gu, '$1$2').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

const LATIN = /^[\p{Script=Latin}\p{N}\s'-]+$/u;

/**
 * Builds one case-insensitive pattern from keyword phrases. Latin-script phrases match at word
 * boundaries, and a trailing `*` lets a stem take any ending ("complain*" → complained,
 * complaining). Arabic-script phrases match anywhere, because Arabic and Urdu attach articles
 * and conjunctions to the word (و + الجيران) and a boundary would miss them.
 * Phrases may also be raw regular-expression fragments when they start with `re:`.
 */
export function lexicon(phrases: readonly string[]): RegExp {
  const raw: string[] = [];
  const words: string[] = [];
  const stems: string[] = [];
  const anywhere: string[] = [];
  for (const phrase of phrases) {
    if (phrase.startsWith('re:')) {
      raw.push(`(?:${phrase.slice(3)})`);
      continue;
    }
    const stem = phrase.endsWith('*');
    const body = normalise(stem ? phrase.slice(0, -1) : phrase)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/ /g, '\\s+')
      .replace(/'/g, "'?");
    if (!LATIN.test(phrase.replace('*', ''))) anywhere.push(body);
    else (stem ? stems : words).push(body);
  }
  // One boundary check around each group rather than around every phrase keeps a lexicon of
  // hundreds of phrases fast enough to run several per message.
  const B = '(?<![\\p{L}\\p{N}])';
  const parts = [
    ...raw,
    words.length ? `${B}(?:${words.join('|')})(?![\\p{L}\\p{N}])` : '',
    stems.length ? `${B}(?:${stems.join('|')})` : '',
    anywhere.length ? `(?:${anywhere.join('|')})` : '',
  ].filter(Boolean);
  return new RegExp(parts.join('|'), 'u');
}

/** The first phrase of `pattern` found in `normalised`, or undefined. */
export function firstMatch(pattern: RegExp, normalised: string): string | undefined {
  return pattern.exec(normalised)?.[0];
}

// Words that carry no subject on their own, in the languages we read (normalised forms).
const FILLER = new Set(
  ("hi hello helo hiya hey there anyone is this the a an i im me my we you your can could would please pls need want have has " +
    'got question query help something somebody someone talk speak to about with it its ok okay yes no yeah right place ' +
    'good morning afternoon evening report call ring back what how who why where when here do does am are be just sorry ' +
    'shwmae helo bore da prosze pomoc dzien dobry czesc buna ziua salut ajutor va rog مرحبا السلام عليكم علیکم مدد').split(' ').map(normalise),
);

/** True when a message has no subject to classify: no letters at all, or only greetings and filler ("hi there I have a question"). */
export function hasNoSubject(normalised: string): boolean {
  const tokens = words(normalised).filter((w) => /\p{L}/u.test(w));
  return tokens.every((t) => FILLER.has(t));
}
