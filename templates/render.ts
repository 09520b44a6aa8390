import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { ombudsmanIn, type Ombudsman } from '../triage/ombudsman';
import { currentLanguage } from './language';
import { longDate } from './longDate';

interface Signed {
  reference: string;
  landlordName: string;
}

/** The data each template needs. Every key is present (null when absent): templates run in strict mode. */
export interface TemplateData {
  acknowledgement: Signed & {
    /** Stage 2's acknowledgement says so. */
    stage2?: boolean;
    summary: string;
    /** Absent when the resident has not said (a letter never prints a placeholder). */
    desiredOutcome: string | null;
    canReply: boolean;
    adjustments: string[];
    /** Named when the response is late (Code 6.4). */
    ombudsman: Ombudsman;
  } & ({ respondBy: string; lateSince?: undefined } | { lateSince: string; respondBy?: undefined });
  'not-accepted': Signed & { reasons: string[]; ombudsman: Ombudsman };
  'service-request': Signed & { serviceArea: string | null; respondBy: string | null };
  'asb-report': Signed;
  'quick-fix': Signed & { respondBy?: string | null; escalatesOn?: string | null };
  'consent-request': Signed;
  'needs-review': Signed & { contactBy: string | null; canReply: boolean };
  compliment: Pick<Signed, 'landlordName'>;
  // Replies to forwarded messages (intake/reply.ts): never anything the resident wrote, nor a reference.
  'intake-social-reply': IntakeReply & { caseMade: boolean };
  'intake-details-needed': IntakeReply;
  // A stage 2 request from someone not (yet) matched to the case it names: nothing about the case.
  'intake-case-match': IntakeReply;
  // A message added to an earlier case: its reference only where the reply cannot be public.
  'intake-follow-up': { landlordName: string; reference: string | null; stage2: boolean };
  // Damp or mould harming someone's health: the advice and the date a person looks at it by.
  'intake-damp-health': { reviewBy: string | null };
}

interface IntakeReply {
  landlordName: string;
  continueUrl: string;
  askWhatHappened: boolean;
  askRepresentative: boolean;
}
export type TemplateName = keyof TemplateData;

// A private instance, so helpers registered here cannot clash with anyone else's.
const handlebars = Handlebars.create();
handlebars.registerHelper('longDate', (iso: string) => longDate(iso));

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** The ombudsman named as the message's language names it (PSOW has a Welsh name); nothing else changes. */
export function inLanguage<T>(data: T, language: string): T {
  const o = (data as { ombudsman?: Ombudsman } | undefined)?.ombudsman;
  return o ? { ...data, ombudsman: ombudsmanIn(o, language) } : data;
}

// English templates sit in this folder; each other language's in a folder named by its code.
const folderFor = (language: string) => (language === 'en' ? __dirname : join(__dirname, language));

/**
 * Render a tenant message in the turn's language. Templates are read and compiled once, then cached. They only use
 * `{{ }}`, so everything the tenant wrote is HTML-escaped.
 */
export function render<K extends TemplateName>(name: K, data: TemplateData[K]): string {
  const language = currentLanguage();
  const key = `${language}:${name}`;
  let template = compiled.get(key);
  if (!template) {
    template = handlebars.compile(readFileSync(join(folderFor(language), `${name}.hbs`), 'utf8'), { strict: true });
    compiled.set(key, template);
  }
  // Blank lines left by false {{#if}} blocks are squeezed, so the message reads well on a phone.
  return template(inLanguage(data, language)).replace(/\n{3,}/g, '\n\n').trim();
}
