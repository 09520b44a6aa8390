// Renders a conversation message. Tenant text inside messages is escaped by handlebars.
import Handlebars from 'handlebars';
import { longDate } from '../longDate';
import { CONVERSATION_MESSAGES, type ConversationMessage } from './messages';

const handlebars = Handlebars.create();
handlebars.registerHelper('longDate', (iso: string) => longDate(iso));
const compiled = new Map<ConversationMessage, HandlebarsTemplateDelegate>();

export function say(name: ConversationMessage, data: Record<string, unknown> = {}): string {
  let template = compiled.get(name);
  if (!template) {
    template = handlebars.compile(CONVERSATION_MESSAGES[name]);
    compiled.set(name, template);
  }
  return template(data).trim();
}
