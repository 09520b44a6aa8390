// Structured JSON logs. Tenants' personal data must never reach a log unredacted, so every
// string in a log line (message and fields) passes through `redactText` before it is written,
// and fields that are personal by name are replaced outright.
import pino, { type Logger } from 'pino';

export type TextRedactor = (text: string) => string;

/** Field names whose values are personal data whatever they contain. */
const PERSONAL_FIELDS = ['name', 'email', 'phone', 'address', 'authorization', 'password', 'token', 'secret'];

export interface LoggerOptions {
  level: string;
  redactText: TextRedactor;
  /** Where to write; defaults to stdout. Tests pass a stream to read the lines back. */
  destination?: pino.DestinationStream;
}

export function createLogger({ level, redactText, destination }: LoggerOptions): Logger {
  const scrub = (value: unknown, depth = 0): unknown => {
    if (typeof value === 'string') return redactText(value);
    if (depth > 6 || value === null || typeof value !== 'object') return value;
    if (value instanceof Error) {
      return { type: value.name, message: redactText(value.message), stack: value.stack && redactText(value.stack) };
    }
    if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        PERSONAL_FIELDS.includes(k.toLowerCase()) && v != null ? '[redacted]' : scrub(v, depth + 1),
      ]),
    );
  };
  return pino(
    {
      level,
      base: undefined,
      formatters: {
        level: (label) => ({ level: label }),
        log: (obj) => scrub(obj) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? redactText(a) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    destination,
  );
}
