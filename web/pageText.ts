// The chat page's own words, one JSON file per language (web/pageText/<code>.json): the banner,
// the status notes, and the strings of Web Chat's own interface (send box, Send button, screen
// reader labels) by Web Chat's localisation ids. The page is rendered in English and switched in
// the browser, so every language is also sent to the page as data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const PAGE_LANGUAGES = ['en', 'cy'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

/** English when the browser asks for neither language. */
export const DEFAULT_PAGE_LANGUAGE: PageLanguage = 'en';

const PageTextSchema = z.strictObject({
  locale: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/),
  page: z.strictObject({
    title: z.string().includes('{landlord}'),
    heading: z.string().min(1),
    intro: z.string().min(1),
    chatLabel: z.string().min(1),
    /** The switch to the other language, written in that language. */
    languageSwitch: z.string().min(1),
    noscript: z.string().min(1),
    chatCouldNotStart: z.string().min(1),
    chatCouldNotResume: z.string().min(1),
    earlierMessageNotFound: z.string().min(1),
    messageHeld: z.string().min(1),
    reconnected: z.string().min(1),
  }),
  /** Web Chat's localisation ids (botframework-webchat-api's en-US.json) and this page's wording for them. */
  webChat: z.record(z.string().regex(/^[A-Z_]+$/), z.string().min(1)),
});

export type PageText = z.infer<typeof PageTextSchema>;

export function loadPageText(language: PageLanguage): PageText {
  const file = join(__dirname, 'pageText', `${language}.json`);
  return PageTextSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** What the page reads from its data block: the landlord and every language's text. */
export function pageTextData(landlord: string): { landlord: string; defaultLanguage: PageLanguage; languages: Record<PageLanguage, PageText> } {
  const languages = Object.fromEntries(PAGE_LANGUAGES.map((l) => [l, loadPageText(l)])) as Record<PageLanguage, PageText>;
  return { landlord, defaultLanguage: DEFAULT_PAGE_LANGUAGE, languages };
}

/** JSON safe inside <script type="application/json">: no "</script>" or "<!--" can end it early. */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The title with the landlord's name in it. */
export function pageTitle(text: PageText, landlord: string): string {
  return text.page.title.replace('{landlord}', landlord);
}
