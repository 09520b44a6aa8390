// A complaint logged by hand by staff from a phone call or a letter, opened through the one way every
// case is opened (cases/openCase.ts): the same triage, audit trail and clocks as every channel, under
// the landlord's configured profile, with the member of staff as the actor.
import type { Config } from '../../config/config';
import { resolveLandlord } from '../../cases/landlord';
import { openCase } from '../../cases/openCase';
import { refuse, type Refused } from '../../lifecycle/refusal';
import { IdempotencyConflictError, type StoredCase } from '../../store/caseStore';
import type { Database } from '../../store/database';
import type { UnderstandingService } from '../../understanding';
import { canSeeRestricted, type Principal } from '../access/roles';
import type { LoggedCaseRequest } from './loggedCaseSchema';

/** What logging a case uses beyond the staff services; time is read on every call, so tests can pin it. */
export interface CaseLoggingDeps {
  config: Config;
  database: Database;
  understanding: UnderstandingService;
  now: () => Date;
}

/** `created` is false when the same request under the same key had already opened the case. */
export type LoggedOutcome = { ok: true; stored: StoredCase; created: boolean } | Refused;

/**
 * Opens the case; with an idempotency key (the API's header, or the key the console's form was
 * rendered with), a retry of the same request gets the case the first one opened, never a second.
 */
export async function logCase(deps: CaseLoggingDeps, principal: Principal, body: LoggedCaseRequest, idempotencyKey?: string): Promise<LoggedOutcome> {
  const now = deps.now();
  if (Date.parse(body.receivedAt) > now.getTime()) {
    return refuse('invalid_date', `receivedAt ${body.receivedAt} is in the future: give when the call was taken or the letter arrived.`);
  }
  const landlord = resolveLandlord(deps.config, undefined);
  if (!landlord) throw new Error(`The configured profile "${deps.config.BOT_PROFILE}" does not exist; config should have refused it.`);
  const caseData = { ...body, profile: landlord.profile.id, restricted: false };
  try {
    const { stored, created } = await openCase(
      deps.database.db,
      { understand: (text, opts) => deps.understanding.understand(text, opts), now: deps.now },
      {
        caseData,
        profile: landlord.profile,
        // The summary is what the resident said or wrote: what it establishes is added as on every channel.
        words: [{ text: caseData.summary, at: new Date(caseData.receivedAt) }],
        actor: `staff:${principal.subject}`,
        // Scoped apart from the triage API's and the channels' keys; the parsed body is compared, so a
        // retry that orders its fields differently is still the same request.
        ...(idempotencyKey ? { idempotencyKey: `staff:${idempotencyKey}`, requestBody: body } : {}),
      },
    );
    return { ok: true, stored, created };
  } catch (err) {
    if (err instanceof IdempotencyConflictError) return refuse('key_reused', keyReusedMessage(principal, err.existing));
    throw err;
  }
}

function keyReusedMessage(principal: Principal, existing: StoredCase): string {
  // A restricted case does not exist for someone who may not see it (Greatwell 3, 5.1): not even its reference.
  const which = existing.restricted && !canSeeRestricted(principal) ? 'a case' : `case ${existing.reference}`;
  const change = which === 'a case' ? '' : `; to change ${existing.reference}, open it and change it there`;
  return (
    `This form (its idempotency key) already logged ${which} with different details, so nothing new was logged. ` +
    `To log another complaint, start a fresh form (through the API, send a new Idempotency-Key)${change}.`
  );
}
