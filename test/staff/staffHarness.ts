// Drives the real app over HTTP as staff and as a channel: development tokens per role, cases
// opened through the triage API, actions through the staff API.
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { intakeMessages } from '../../store/schema';
import type { StructuredCaseInput } from '../../triage/caseSchema';
import { understandOffline } from '../../understanding';
import { exampleCase } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';

export type Role = 'reviewer' | 'complaints_manager' | 'admin' | 'service';

export interface Staff {
  t: TestApp;
  token(role: Role, name?: string): Promise<string>;
  /** Opens a case through POST /api/cases and returns its reference. */
  open(name: string, overrides?: Partial<StructuredCaseInput>): Promise<string>;
  get(path: string, role?: Role | null): Promise<Response>;
  act(reference: string, action: string, body: Record<string, unknown>, role?: Role): Promise<Response>;
  /** The case as a reviewer (or the given role) sees it. */
  detail(reference: string, role?: Role): Promise<any>;
  pinNow(iso: string): void;
  /** Records a channel's message as having opened the case, with what understanding made of it. */
  forward(reference: string, channel: string, text: string): Promise<void>;
}

export async function startStaff(env: Record<string, string> = {}): Promise<Staff> {
  const t = await startTestApp(env);
  const tokens = new Map<string, string>();
  const token = async (role: Role, name = `Test ${role}`) => {
    const key = `${role}:${name}`;
    if (!tokens.has(key)) {
      const res = await fetch(`${t.baseUrl}/auth/dev-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role, name }),
      });
      tokens.set(key, (await res.json()).token);
    }
    return tokens.get(key) as string;
  };
  const auth = async (role: Role | null): Promise<Record<string, string>> => (role ? { authorization: `Bearer ${await token(role)}` } : {});
  const get = async (path: string, role: Role | null = 'reviewer') => fetch(`${t.baseUrl}${path}`, { headers: await auth(role) });
  const staff: Staff = {
    t,
    token,
    async open(name, overrides = {}) {
      const res = await fetch(`${t.baseUrl}/api/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await auth('service')) },
        body: JSON.stringify(exampleCase(name, overrides)),
      });
      if (res.status !== 201) throw new Error(`opening ${name}: ${res.status} ${await res.text()}`);
      return (await res.json()).reference;
    },
    get,
    async act(reference, action, body, role = 'reviewer') {
      return fetch(`${t.baseUrl}/api/staff/cases/${reference}/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await auth(role)) },
        body: JSON.stringify(body),
      });
    },
    async detail(reference, role = 'reviewer') {
      const res = await get(`/api/staff/cases/${reference}`, role);
      if (res.status !== 200) throw new Error(`detail ${reference}: ${res.status}`);
      return res.json();
    },
    pinNow(iso) {
      t.app.context.now = () => new Date(iso);
    },
    async forward(reference, channel, text) {
      const stored = await t.app.context.caseStore.findByReference(reference);
      const now = t.app.context.now();
      const understanding = await understandOffline(text, { now });
      await t.app.context.database.db.insert(intakeMessages).values({
        id: randomUUID(),
        channel,
        messageId: randomUUID(),
        requestHash: 'test',
        receivedAt: now,
        message: { channel, text },
        redactedText: understanding.redactedText,
        understanding,
        status: 'case_opened',
        missing: [],
        caseId: stored?.id,
        continuationHash: randomUUID(),
        continuationExpiresAt: now,
      });
    },
  };
  return staff;
}

/** A token shaped like a development sign-in token, signed with a key of the test's choosing. */
export function devShapedToken(secret: string, roles: string[]): Promise<string> {
  return new SignJWT({ roles, name: 'Mallory' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('dev:mallory')
    .setIssuer('urn:complaint-intake:dev-sign-in')
    .setAudience('urn:complaint-intake:staff')
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
}
