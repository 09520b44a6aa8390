// Structured JSON logs. Tenants' personal data must never reach a log unredacted, so every
// string in a log line (message and fields) passes through `redactText` before it is written,
// and fields that are personal by name are replaced outright. A log line must stay cheap whatever
// a request sent, so strings are cut before they are scanned and objects are read only so far; a
// failed query's error keeps its reason, never its SQL parameters (the tenant's words, their state).
import pino, { type Logger } from 'pino';

export type TextRedactor = (text: string) => string;

/** Field names whose values are personal data whatever they contain. */
const PERSONAL_FIELDS = ['name', 'email', 'phone', 'address', 'authorization', 'password', 'token', 'secret'];

/** Longest string scanned and written; request bodies and long tokens are cut, not scanned whole. */
export const MAX_LOGGED_STRING = 1000;
const MAX_LOGGED_ENTRIES = 50;

const cut = (text: string): string => (text.length > MAX_LOGGED_STRING ? `${text.slice(0, MAX_LOGGED_STRING)}…[cut]` : text);

/** An error's reason without what a query was given: drizzle appends `params: …` to the message. */
export function errorReason(message: string): string {
  return message.split(/\nparams:/)[0];
}

/** Stack frames only: the first line repeats the message, which may hold parameters. */
const framesOnly = (stack: string | undefined): string | undefined =>
  stack
    ?.split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 15)
    .join('\n');

export interface LoggerOptions {
  level: string;
  redactText: TextRedactor;
  /** Where to write; defaults to stdout. Tests pass a stream to read the lines back. */
  destination?: pino.DestinationStream;
}

export function createLogger({ level, redactText, destination }: LoggerOptions): Logger {
  const text = (value: string): string => redactText(cut(value));
  const scrub = (value: unknown, depth = 0): unknown => {
    if (typeof value === 'string') return text(value);
    if (depth > 6 || value === null || typeof value !== 'object') return value;
    if (value instanceof Error) {
      const { code, cause } = value as Error & { code?: unknown; cause?: unknown };
      return {
        type: value.name,
        message: text(errorReason(value.message)),
        ...(typeof code === 'string' ? { code: cut(code) } : {}),
        ...(cause instanceof Error ? { cause: scrub(cause, depth + 1) } : {}),
        stack: framesOnly(value.stack),
      };
    }
    if (Array.isArray(value)) return value.slice(0, MAX_LOGGED_ENTRIES).map((v) => scrub(v, depth + 1));
    return Object.fromEntries(
      Object.entries(value).slice(0, MAX_LOGGED_ENTRIES).map(([k, v]) => [
        k,
        PERSONAL_FIELDS.includes(k.toLowerCase()) && v != null ? '[redacted]' : scrub(v, depth + 1),
      ]),
    );
  };
  return pino(
    {
      level,
      base: undefined,
      // Errors reach `scrub` as they are (pino's own serializer would keep SQL parameters and the message in the stack).
      serializers: { err: (value: unknown) => value },
      formatters: {
        level: (label) => ({ level: label }),
        log: (obj) => scrub(obj) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? text(a) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    destination,
  );
}
