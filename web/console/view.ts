// Renders console pages from templates/console/*.hbs. Only `{{ }}` is used, so everything a
// tenant wrote is HTML-escaped; the one triple-stash partial slot is our own layout.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Language } from '../../templates/language';
import { longDate } from '../../templates/longDate';
import type { Principal } from '../../staff/access/roles';
import { navFor } from './nav';

const DIR = join(__dirname, '..', '..', 'templates', 'console');

// A private instance, so these helpers cannot clash with the tenant-message templates'.
const handlebars = Handlebars.create();
handlebars.registerHelper('longDate', (iso: unknown) => (typeof iso === 'string' && iso ? longDate(iso.slice(0, 10)) : ''));
handlebars.registerHelper('dateTime', (iso: unknown) =>
  typeof iso === 'string' ? new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' }) : '',
);
// Codes in words: "stage1_opened" → "stage 1 opened".
handlebars.registerHelper('words', (v: unknown) =>
  typeof v === 'string' ? v.replace(/[_-]+/g, ' ').replace(/stage(\d)/g, 'stage $1') : String(v ?? ''),
);
// A file's size as people say it: "900 bytes", "12 KB", "3.4 MB".
handlebars.registerHelper('fileSize', (n: unknown) => {
  const bytes = Number(n);
  if (bytes < 1024) return `${bytes} bytes`;
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
});
handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
handlebars.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''));

for (const file of readdirSync(join(DIR, 'partials'))) {
  handlebars.registerPartial(file.replace(/\.hbs$/, ''), readFileSync(join(DIR, 'partials', file), 'utf8'));
}

const compiled = new Map<string, HandlebarsTemplateDelegate>();

export type PageName = 'sign-in' | 'signed-in' | 'queue' | 'case' | 'letter' | 'reports' | 'annual-report' | 'self-assessment' | 'profiles' | 'hazards' | 'work-lists' | 'search' | 'error';

/**
 * A whole HTML page. Templates are compiled once and cached. The console is in English; a page
 * for a resident (a letter) may be in their language, from its twin in the folder named by its code.
 */
export function renderPage(name: PageName, data: object, language: Language = 'en'): string {
  const key = `${language}:${name}`;
  let template = compiled.get(key);
  if (!template) {
    template = handlebars.compile(readFileSync(join(language === 'en' ? DIR : join(DIR, language), `${name}.hbs`), 'utf8'));
    compiled.set(key, template);
  }
  return template({ nav: navFor((data as { principal?: Principal }).principal), ...data });
}
