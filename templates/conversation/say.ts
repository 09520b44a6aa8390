// Renders a conversation message in the turn's language. Tenant text inside messages is escaped by handlebars.
import Handlebars from 'handlebars';
import { currentLanguage, type Language } from '../language';
import { longDate } from '../longDate';
import { inLanguage } from '../render';
import { CONVERSATION_MESSAGES, type ConversationMessage } from './messages';
import { CONVERSATION_MESSAGES_CY } from './messages.cy';

const handlebars = Handlebars.create();
handlebars.registerHelper('longDate', (iso: string) => longDate(iso));
const TEXTS: Record<Language, Record<ConversationMessage, string>> = { en: CONVERSATION_MESSAGES, cy: CONVERSATION_MESSAGES_CY };
const compiled = new Map<string, HandlebarsTemplateDelegate>();

export function say(name: ConversationMessage, data: Record<string, unknown> = {}): string {
  const language = currentLanguage();
  const key = `${language}:${name}`;
  let template = compiled.get(key);
  if (!template) {
    template = handlebars.compile(TEXTS[language][name]);
    compiled.set(key, template);
  }
  return template(inLanguage(data, language)).trim();
}
