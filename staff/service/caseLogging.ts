// A complaint logged by hand by staff from a phone call or a letter, opened through the one way every
// case is opened (cases/openCase.ts): the same triage, audit trail and clocks as every channel, under
// the landlord's configured profile, with the member of staff as the actor.
import type { Config } from '../../config/config';
import { resolveLandlord } from '../../cases/landlord';
import { openCase } from '../../cases/openCase';
import { refuse, type Refused } from '../../lifecycle/refusal';
import type { StoredCase } from '../../store/caseStore';
import type { Database } from '../../store/database';
import type { UnderstandingService } from '../../understanding';
import type { Principal } from '../access/roles';
import type { LoggedCaseRequest } from './loggedCaseSchema';

/** What logging a case uses beyond the staff services; time is read on every call, so tests can pin it. */
export interface CaseLoggingDeps {
  config: Config;
  database: Database;
  understanding: UnderstandingService;
  now: () => Date;
}

export type LoggedOutcome = { ok: true; stored: StoredCase } | Refused;

export async function logCase(deps: CaseLoggingDeps, principal: Principal, body: LoggedCaseRequest): Promise<LoggedOutcome> {
  const now = deps.now();
  if (Date.parse(body.receivedAt) > now.getTime()) {
    return refuse('invalid_date', `receivedAt ${body.receivedAt} is in the future: give when the call was taken or the letter arrived.`);
  }
  const landlord = resolveLandlord(deps.config, undefined);
  if (!landlord) throw new Error(`The configured profile "${deps.config.BOT_PROFILE}" does not exist; config should have refused it.`);
  const caseData = { ...body, profile: landlord.profile.id, restricted: false };
  const { stored } = await openCase(
    deps.database.db,
    { understand: (text, opts) => deps.understanding.understand(text, opts), now: deps.now },
    {
      caseData,
      profile: landlord.profile,
      // The summary is what the resident said or wrote: what it establishes is added as on every channel.
      words: [{ text: caseData.summary, at: new Date(caseData.receivedAt) }],
      actor: `staff:${principal.subject}`,
    },
  );
  return { ok: true, stored };
}
