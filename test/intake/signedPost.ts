// Signs and sends a request to the intake API the way a channel integration does (README).
import { signatureFor } from '../../intake/signature';

export const SECRETS = {
  facebook: 'facebook-secret-0123456789abcdef',
  email: 'email-secret-0123456789abcdefgh',
  x: 'x-secret-0123456789abcdefghijklmn',
};

export const intakeEnv = (extra: Record<string, string> = {}) => ({
  INTAKE_CHANNEL_SECRETS: JSON.stringify(SECRETS),
  PUBLIC_BASE_URL: 'http://localhost:3978/',
  ...extra,
});

export interface SignOptions {
  secret?: string;
  timestamp?: string;
  headers?: Record<string, string>;
}

export function signedPost(url: string, body: unknown, channel: keyof typeof SECRETS, options: SignOptions = {}): Promise<Response> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-intake-timestamp': timestamp,
      'x-intake-signature': signatureFor(options.secret ?? SECRETS[channel], timestamp, raw),
      ...options.headers,
    },
    body: raw,
  });
}

let counter = 0;
export function message(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    channel: 'facebook',
    messageId: `m-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    receivedAt: '2026-11-20T10:00:00Z',
    author: { handle: '@sam_jones', displayName: 'Sam Jones' },
    text: 'I am really unhappy. I reported the leak in my bathroom ceiling three times since August and nobody has come to fix it. I want to make a complaint.',
    ...overrides,
  };
}
