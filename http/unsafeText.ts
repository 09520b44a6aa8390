// Text PostgreSQL cannot store (NUL in text/jsonb) or that is not valid UTF-16 (a lone surrogate
// cannot be encoded as UTF-8) is refused at the boundary with a 400 naming the field, never a 5xx.

/** A NUL, or a high surrogate not followed by a low one, or a low one not preceded by a high one. */
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE = 'must not contain NUL characters or unpaired surrogates';

export function isUnsafeText(text: string): boolean {
  return UNSAFE.test(text);
}

export interface UnsafeFound {
  path: string;
  message: string;
}

/**
 * The first string or key in a parsed JSON value that is unsafe, or nested deeper than `maxDepth`.
 * Walks with an explicit stack, so a deeply nested body cannot overflow the call stack.
 */
export function findUnsafeValue(value: unknown, maxDepth: number): UnsafeFound | undefined {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string[] };
    const where = () => (path.length ? path.join('.') : '(body)');
    if (typeof current === 'string') {
      if (isUnsafeText(current)) return { path: where(), message: UNSAFE_TEXT_MESSAGE };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (path.length >= maxDepth) return { path: where(), message: `must not be nested more than ${maxDepth} levels deep` };
    const entries = Array.isArray(current) ? current.map((v, i) => [String(i), v] as const) : Object.entries(current);
    for (const [key, child] of entries) {
      if (isUnsafeText(key)) return { path: where(), message: `has a field name that ${UNSAFE_TEXT_MESSAGE}` };
      stack.push({ value: child, path: [...path, key.length > 40 ? `${key.slice(0, 40)}…` : key] });
    }
  }
  return undefined;
}
