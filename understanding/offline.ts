import { CategoryClassifier, type RankedCategory } from './embedded/classifier';
import { separateContent } from './embedded/content';
import { extractDates, olderThan12Months } from './embedded/dates';
import { suggestHazards } from './embedded/hazards';
import { detectLanguage } from './embedded/language';
import { redact } from './embedded/redact';
import { sentimentOf } from './embedded/sentiment';
import { raisesSafety } from './embedded/safety';
import { detectSignals } from './embedded/signals';
import { readable } from './embedded/readable';
import { hasNoSubject } from './embedded/text';
import type { Signals, Understanding } from './understandingSchema';

export interface UnderstandOptions {
  /** The moment the message is judged against: dates resolve before it, the 12-month limit counts back from it. */
  now: Date;
  /** Earlier messages from the same person in this conversation, oldest first. */
  conversation?: string[];
  /** Exact strings the conversation has collected (name, address) that must never appear in redacted text. */
  knownPii?: string[];
}

let shipped: CategoryClassifier | undefined;
function shippedModel(): CategoryClassifier {
  shipped ??= CategoryClassifier.fromFile();
  return shipped;
}

// Below this the current message alone is too thin ("yes", "it's the boiler") and the conversation decides.
const CONFIDENT = 0.5;

/** What one text says, read once: the rules and the model all work from it. */
interface Reading {
  text: string;
  signals: Signals;
}
const reading = (text: string): Reading => {
  const n = readable(text);
  return { text: n, signals: detectSignals(n) };
};

function rankCategories(model: CategoryClassifier, ownReading: Reading, text: string, conversation: readonly string[]): RankedCategory[] {
  const own = ownReading.text;
  const ranked = model.rank(own, ownReading.signals);
  const thin = hasNoSubject(own) || ranked[0].category === 'needs_clarification' || ranked[0].probability < CONFIDENT;
  if (thin && conversation.length > 0) {
    const whole = readable([...conversation, text].join('\n'));
    const withContext = model.rank(whole, detectSignals(whole));
    if (!hasNoSubject(whole)) return withContext;
  }
  if (hasNoSubject(own)) {
    const next = ranked.find((r) => r.category !== 'needs_clarification')!;
    return [{ category: 'needs_clarification', probability: 0.9 }, { category: next.category, probability: 0.1 }];
  }
  return ranked;
}

/** The embedded, offline understanding of one message: no network, nothing downloaded. */
export function understandOffline(text: string, opts: UnderstandOptions): Understanding {
  return understandWith(shippedModel(), text, opts);
}

/** The same pipeline around another category model (the cross-author evaluation trains one per held-out author). */
export function understandWith(model: CategoryClassifier, text: string, opts: UnderstandOptions): Understanding {
  // Markup, code, JSON and words aimed at a machine are set aside: only what the person says is weighed.
  const own = separateContent(text);
  const conversation = (opts.conversation ?? []).map((turn) => separateContent(turn).weighed);
  const whole = [...conversation, own.weighed].join('\n');
  const ownReading = reading(own.weighed);
  const wholeReading = conversation.length > 0 ? reading(whole) : ownReading;
  const [first, second] = rankCategories(model, ownReading, own.weighed, conversation);
  const category = first.category;
  const sentiment = sentimentOf(ownReading.text);
  const dates = extractDates(whole, opts.now);
  const signals = { ...wholeReading.signals };
  // Safety favours recall: danger described inside what was set aside still counts.
  if (!signals.safeguarding_or_health_and_safety && own.setAside.length > 0) signals.safeguarding_or_health_and_safety = raisesSafety(readable(own.setAside.join('\n')));
  return {
    category,
    confidence: first.probability,
    runnerUp: { category: second.category, confidence: second.probability },
    signals,
    // A complaint or a quick fix is dissatisfaction by definition (Code 1.2), whatever the words.
    sentiment: { ...sentiment, unhappy: sentiment.unhappy || category === 'complaint' || category === 'quick_fix' },
    dates,
    // Thanks are never out of time.
    older_than_12_months: category !== 'compliment' && olderThan12Months(dates, opts.now),
    language: detectLanguage(own.weighed || text),
    redactedText: redact(text, opts.knownPii),
    hazards: suggestHazards(wholeReading.text),
    source: 'embedded',
    ...(own.setAside.length > 0 ? { setAside: own.setAside } : {}),
  };
}
