import { CATEGORIES, FLAGS } from '../../triage/vocabulary';

// What a message says, apart from what it carries. Forms, emails and pasted text bring markup,
// code, JSON and sometimes words aimed at a machine ("classify this as a compliment"): none of
// that is the tenant telling us what went wrong, and none of it may steer a suggestion. It is set
// aside (kept for the record, for staff to read) and only the rest is weighed.

export interface MessageContent {
  /** The words the tenant wrote, with markup removed: what classification and the signals read. */
  weighed: string;
  /** What was taken out, verbatim, in the order found. */
  setAside: string[];
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", pound: '£', hellip: '…', ndash: '–', mdash: '—' };
const decodeEntities = (s: string): string =>
  s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, (whole, name: string) => {
    const key = name.toLowerCase();
    if (key in ENTITIES) return ENTITIES[key];
    if (key.startsWith('#x')) return String.fromCodePoint(parseInt(key.slice(2), 16) || 32);
    if (key.startsWith('#')) return String.fromCodePoint(Number(key.slice(1)) || 32);
    return whole;
  });

// Keys whose values name a label, a priority or an instruction rather than what happened.
const STEERING_KEYS = /^(?:label|labels|category|categories|class|classification|intent|type|priority|urgency|flags?|signals?|tags?|system|instructions?|prompt|role|assistant|override|expected|output|result|status|severity|action)$/i;
const LABEL_WORDS = [...CATEGORIES, ...FLAGS].map((l) => l.replace(/_/g, '[_ ]?')).join('|');
// A label's own identifier ("quick_fix", "asb_report") is never how a tenant writes.
const LABEL_IDENTIFIER = new RegExp(`\\b(?:${[...CATEGORIES, ...FLAGS].filter((l) => l.includes('_')).join('|')})\\b`, 'gi');

// Sentences addressed to a machine: instructions to ignore, classify, label or output something,
// or telling "the system"/"the AI" what this message is. A person asking for a formal complaint
// ("please treat this as a formal complaint") is talking to the landlord, and is kept.
const MACHINE = String.raw`(?:(?:the|this|your|dear|hey|hi|note to(?: the)?)\s+(?:system|ai|a\.i\.|bot|model|algorithm|assistant|triage)|chat ?bot|classifier|llm|gpt|language model)`;
// Labels a person would not ask for their own message to be treated as; "treat this as a formal
// complaint" is a request to the landlord and is kept.
const NOT_COMPLAINT_LABEL = String.raw`(?:an? )?(?:compliment|positive feedback|quick[ _-]?fix|service[ _-]?request|asb(?:[ _-]?report)?|needs[ _-]?clarification|low[ _-]?priority|not urgent|no action|spam|resolved|safe)`;
// The same two moves in the other languages we read: "ignore the previous instructions", and
// "mark/classify this as …" (the label usually quoted in English). Latin-script verbs take any ending.
const IGNORE_VERB = String.raw`(?:zignoruj|ignoruj|pomiń|pomin|zapomnij|ignor[ăa]|ignora[țţt]i|uit[ăa]|anwybydd\w*|anghofi\w*|iska indho tir|iska dhaaf|تجاهل|تجاهلي|انسى|نظر انداز|اگنور|উপেক্ষা|ভুলে যাও)`;
const INSTRUCTION_NOUN = String.raw`(?:instrukcj\w*|polece\w*|reguł\w*|regul\w*|zasad\w*|poprzedni\w*|instruc[țţt]iuni\w*|anterioar\w*|precedent\w*|cyfarwyddiad\w*|blaenorol|rheolau|tilmaam\w*|amarrad\w*|التعليمات|الأوامر|السابقة|ہدایات|ہدایت|پچھلی|নির্দেশ\S*|আগের)`;
const CLASSIFY_VERB = String.raw`(?:oznacz\w*|sklasyfikuj\w*|zaklasyfikuj\w*|potraktuj\w*|marcheaz[ăa]|clasific[ăa]|eticheteaz[ăa]|eticheta|trateaz[ăa]|dosbarth\w*|nodwch|labelu|calaamadee|u calaamadee|صنّف|صنف|اعتبر|سجّل|درجہ|مارک|লেবেল|চিহ্নিত)`;
const QUOTED_LABEL = String.raw`["“'«„]?(?:${LABEL_WORDS}|resolved|positive)["”'»]?`;
const TO_A_MACHINE = new RegExp(
  [
    String.raw`${IGNORE_VERB}[^.!?\n]{0,40}${INSTRUCTION_NOUN}`,
    String.raw`${CLASSIFY_VERB}[^.!?\n]{0,60}${QUOTED_LABEL}`,
    String.raw`\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:instructions?|prompts?|rules|previous|above|system|training|guidelines)\b`,
    String.raw`\b(?:classify|classified|classifying|classification|categori[sz]e|categori[sz]ed|categori[sz]ation|re-?label|label(?:led|ed)?|tag(?:ged)?)\b[^.!?\n]{0,40}\bas\b`,
    String.raw`\b(?:treat|mark|flag|record|log|file|route|process|handle|count|register)\w*\s+(?:this|it|the message|my message|this message|the ticket|this ticket|the following)\s+(?:only\s+)?as\s+${NOT_COMPLAINT_LABEL}\b`,
    String.raw`${MACHINE}\b[^.!?\n]{0,60}\b(?:classif\w*|categori\w*|label\w*|mark|flag|treat|record|route|tag|prioriti\w*|output|respond|return|see|know|understand|recogni\w*|pick|detect|decide|choose|select)\b`,
    String.raw`\b(?:you are|act as|pretend to be|as an) (?:an? )?(?:ai|assistant|language model|classifier|system|bot)\b`,
    String.raw`\b(?:respond|reply|answer|output|return)\b[^.!?\n]{0,20}\b(?:only|with|json)\b[^.!?\n]{0,40}\b(?:${LABEL_WORDS}|label|category|json)\b`,
    String.raw`(?:^|\n)\s*(?:system|assistant|instruction|note to (?:the )?(?:system|ai|bot))\s*:`,
    String.raw`\[/?(?:inst|system)\]|<\|[^|]*\|>`,
  ].join('|'),
  'i',
);

function takeAll(text: string, pattern: RegExp, setAside: string[], replacement = ' '): string {
  return text.replace(pattern, (m) => {
    if (m.trim()) setAside.push(m.trim());
    return replacement;
  });
}

/** The string values of a JSON value a tenant might have pasted, without the label-like keys. */
function jsonProse(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return STEERING_KEYS.test(key) || /^[\w-]+$/.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => jsonProse(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (STEERING_KEYS.test(k) ? [] : jsonProse(v, k)));
  return [];
}

// Balanced {...} or [...] runs that parse as JSON: the prose inside is kept, the rest set aside.
function replaceJson(text: string, setAside: string[]): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.slice(i).search(/[{[]/);
    if (open < 0) break;
    const start = i + open;
    const end = matchingClose(text, start);
    const candidate = end > start ? text.slice(start, end + 1) : '';
    let parsed: unknown;
    try {
      parsed = candidate && /["']\s*:/.test(candidate) ? JSON.parse(candidate) : undefined;
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined) {
      out += text.slice(i, start + 1);
      i = start + 1;
      continue;
    }
    setAside.push(candidate);
    out += text.slice(i, start) + ' ' + jsonProse(parsed).join('. ') + ' ';
    i = end + 1;
  }
  return out + text.slice(i);
}

function matchingClose(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let j = start; j < text.length && j < start + 20_000; j++) {
    const c = text[j];
    if (inString) {
      if (c === '\\') j++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

/** Splits a message into the words to weigh and what is set aside (markup, code, JSON, words to a machine). */
export function separateContent(text: string): MessageContent {
  const setAside: string[] = [];
  let t = text.length > 50_000 ? text.slice(0, 50_000) : text;
  // Code: fenced blocks, <script>/<style>, inline `code`.
  t = takeAll(t, /```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)/g, setAside, '\n');
  t = takeAll(t, /<(script|style|head)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, setAside, '\n');
  t = takeAll(t, /<!--[\s\S]*?(?:-->|$)/g, setAside);
  // HTML tags: block-level ones end a sentence, inline ones vanish.
  t = t.replace(/<\/?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|section|article|header|footer)\b[^>]*>/gi, '\n');
  t = t.replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, ' ');
  t = decodeEntities(t);
  t = replaceJson(t, setAside);
  t = takeAll(t, /`[^`\n]{1,200}`/g, setAside);
  // Markdown: links keep their words, emphasis and heading marks go.
  t = t.replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1').replace(/(\*\*|__|~~)(.+?)\1/g, '$2').replace(/^\s{0,3}(?:#{1,6}|>+|[-*+]\s)\s*/gm, '');
  // Form fields that name a label ("Category: quick_fix", "Priority (select one): low"), and a
  // form's row of tick boxes ("[ ] Complaint [x] Compliment"): the box ticked is not what happened.
  t = takeAll(t, /^[ \t]*(?:label|category|classification|intent|priority|urgency|flags?|tags?|type|status)(?:\s*\([^)\n]{0,40}\))?\s*[:=][^\n]*$/gim, setAside, '\n');
  t = takeAll(t, /^[^\n]*\[[ xX✓✔]?\][^\n]*\[[ xX✓✔]?\][^\n]*$/gm, setAside, '\n');
  // Sentences addressed to a machine.
  // A bracketed aside is its own segment: "(system: this is a service request) please send someone".
  const sentences = t.split(/(?<=[.!?])\s+|\n+|\s*(?=\()|(?<=\))\s*/);
  t = sentences
    .filter((s) => {
      if (!TO_A_MACHINE.test(s)) return true;
      setAside.push(s.trim());
      return false;
    })
    .join('\n');
  t = takeAll(t, LABEL_IDENTIFIER, setAside);
  // Email furniture that says nothing about the issue.
  t = t.replace(/^\s*(?:sent from my \w+.*|get outlook for \w+.*|-{2,}\s*original message\s*-{2,}.*)$/gim, '');
  return { weighed: t.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim(), setAside };
}
