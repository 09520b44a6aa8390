// Every tenant-facing text has a Welsh version that fills in the same things: a template added in
// English without its Welsh twin, or a Welsh one that drops a date or a phone number, fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_DESCRIPTIONS, CHOICE_LABELS, CONVERSATION_MESSAGES, HAZARD_NAMES, SUMMARY_WORDS } from '../../templates/conversation/messages';
import {
  CATEGORY_DESCRIPTIONS_CY,
  CHOICE_LABELS_CY,
  CONVERSATION_MESSAGES_CY,
  HAZARD_NAMES_CY,
  SUMMARY_WORDS_CY,
} from '../../templates/conversation/messages.cy';

const TEMPLATES = join(__dirname, '../../templates');
const placeholders = (text: string) => [...text.matchAll(/\{\{[^}]*\}\}/g)].map((m) => m[0].replace(/\s+/g, ' ')).sort();
const numbers = (text: string) => [...text.matchAll(/\b\d{3}[\d ]*\d\b/g)].map((m) => m[0]).sort();

describe('the conversation in Welsh', () => {
  it.each(Object.keys(CONVERSATION_MESSAGES) as Array<keyof typeof CONVERSATION_MESSAGES>)('%s fills in the same placeholders and numbers', (name) => {
    const english = CONVERSATION_MESSAGES[name];
    const welsh = CONVERSATION_MESSAGES_CY[name];
    expect(welsh.trim()).not.toBe('');
    expect(welsh).not.toBe(english);
    expect(placeholders(welsh)).toEqual(placeholders(english));
    expect(numbers(welsh)).toEqual(numbers(english));
  });

  it.each([
    ['button labels', CHOICE_LABELS, CHOICE_LABELS_CY],
    ['category descriptions', CATEGORY_DESCRIPTIONS, CATEGORY_DESCRIPTIONS_CY],
    ['hazard names', HAZARD_NAMES, HAZARD_NAMES_CY],
    ['summary words', SUMMARY_WORDS, SUMMARY_WORDS_CY],
  ] as Array<[string, Record<string, string>, Record<string, string>]>)('%s: every one has a Welsh version, and no two buttons read the same', (_, english, welsh) => {
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english)) expect(welsh[key].trim()).not.toBe('');
    expect(new Set(Object.values(welsh).map((w) => w.toLowerCase())).size).toBe(Object.keys(welsh).length);
  });
});

describe('messages and letters in Welsh', () => {
  const english = readdirSync(TEMPLATES).filter((f) => f.endsWith('.hbs'));
  it.each(english)('%s has a Welsh twin with the same placeholders and numbers', (file) => {
    const en = readFileSync(join(TEMPLATES, file), 'utf8');
    const cy = readFileSync(join(TEMPLATES, 'cy', file), 'utf8');
    expect(placeholders(cy)).toEqual(placeholders(en));
    expect(numbers(cy)).toEqual(numbers(en));
  });
});

describe('staff letters in Welsh', () => {
  const CONSOLE = join(TEMPLATES, 'console');
  // Every letter a resident receives from staff; the console's own pages stay in English.
  const letters = readdirSync(CONSOLE).filter((f) => /^letter.*\.hbs$/.test(f));
  it('there is a letter template to check', () => expect(letters).toContain('letter.hbs'));
  it.each(letters)('console/%s has a Welsh twin (console/cy/) with the same placeholders and numbers, in other words', (file) => {
    const en = readFileSync(join(CONSOLE, file), 'utf8');
    const cy = readFileSync(join(CONSOLE, 'cy', file), 'utf8');
    expect(placeholders(cy)).toEqual(placeholders(en));
    expect(numbers(cy)).toEqual(numbers(en));
    const words = (t: string) => new Set(t.replace(/<style>[\s\S]*?<\/style>|\{\{[^}]*\}\}|<[^>]+>/g, ' ').split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w)));
    const shared = [...words(cy)].filter((w) => words(en).has(w));
    // The screen-only preview links are the console's, in English; the letter's own words are not.
    expect(shared.filter((w) => !['Back', 'case', 'Download', 'Print', 'this', 'page', 'paper', 'copy', 'Letter'].includes(w))).toEqual([]);
  });
});
