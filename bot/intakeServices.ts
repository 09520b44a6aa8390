// The conversation's side effects, on the real store and the real triage: the shell around the
// dialogs. Submitting is idempotent per conversation and submission id.
import type { Logger } from 'pino';
import { caseFromDraft } from '../dialogs/caseFromDraft';
import type { IntakeServices } from '../dialogs/intakeServices';
import { botCaseKey } from '../store/botCaseKey';
import type { CaseStore } from '../store/caseStore';
import type { Db } from '../store/database';
import { and, eq, isNull } from 'drizzle-orm';
import { redeemContinuation } from '../intake/continuation';
import { cases, handoffRequests, intakeMessages } from '../store/schema';
import { DateTime } from 'luxon';
import { hazardName } from '../templates/conversation/words';
import { say } from '../templates/conversation/say';
import { tenantMessageFor } from '../templates/tenantMessage';
import type { TriageDecision } from '../triage/decisionSchema';
import { calendarFor } from '../triage/calendarFor';
import type { PolicyProfile } from '../triage/profileSchema';
import { stage2Deadlines } from '../triage/stage2Deadlines';
import { triage } from '../triage/triage';
import { addWorkingDays, londonDate } from '../triage/workingDays';
import { applyAction } from '../staff/caseActions';
import { caseState } from '../staff/caseState';
import { StaffCaseStore } from '../staff/staffCaseStore';
import { profileOf } from '../staff/staffService';
import type { Understanding } from '../understanding/understandingSchema';

/** Only complaints can go to stage 2; the other references are for routed contacts. */
const STAGE2_OUTCOMES = new Set(['stage1_opened', 'needs_review']);
/** A person contacts a tenant who asked for one within this many working days. */
const HANDOFF_WORKING_DAYS = 1;

export interface IntakeServicesDeps {
  db: Db;
  caseStore: CaseStore;
  profile: PolicyProfile;
  /** The name tenants know the landlord by (LANDLORD_NAME), as on the chat page. */
  landlordName: string;
  understand(text: string, opts: { now: Date; knownPii?: string[] }): Promise<Understanding>;
  logger: Logger;
  now: () => Date;
}

/** What happens next for each Awaab's Law clock the case started, in plain words. */
function hazardClocksMessage(decision: TriageDecision): string {
  if (decision.hazards.length === 0) return '';
  const clocks = decision.hazards.map((h) => {
    const due = DateTime.fromISO(h.deadlines.makeSafeBy ?? h.deadlines.investigateBy, { zone: 'Europe/London' });
    return { emergency: h.category === 'emergency', name: hazardName(h.hazard), date: due.toISODate(), time: due.toFormat('HH:mm') };
  });
  return say('hazardClocks', { clocks });
}

export function createIntakeServices(deps: IntakeServicesDeps): IntakeServices {
  const { caseStore, profile } = deps;
  const { landlordName } = deps;
  return {
    now: deps.now,
    understand: (text, now, knownPii) => deps.understand(text, { now, knownPii }),
    landlord: { name: landlordName, phone: profile.landlord.phone },
    quickFixName: profile.quickFix.name,

    async submit(draft, turn) {
      const caseData = caseFromDraft(draft, { profile: profile.id, receivedAt: turn.now, channel: turn.channel });
      const decision = triage(profile, caseData, turn.now);
      const { stored, created } = await caseStore.create({
        caseData,
        decision,
        actor: `bot:${turn.channel}`,
        idempotencyKey: botCaseKey(turn.conversationId, draft.submissionId ?? 'once'),
      });
      if (created && draft.intakeId) {
        // The forwarded message now has its case: staff see one record, not two.
        await deps.db
          .update(intakeMessages)
          .set({ caseId: stored.id, status: 'case_opened' })
          .where(and(eq(intakeMessages.id, draft.intakeId), isNull(intakeMessages.caseId)));
      }
      if (created && draft.understanding) {
        // What understanding suggested, for staff to weigh (never the text: that is in the case).
        const { category, confidence, runnerUp, signals, language, sentiment, hazards, source } = draft.understanding;
        await caseStore.appendAudit(stored.id, 'understanding', 'understanding.suggested', {
          category, confidence, runnerUp, signals, language, sentiment, hazards: hazards.map((h) => h.hazard), source,
        });
      }
      deps.logger.info({ reference: stored.reference, outcome: stored.outcome, created }, 'case submitted from the conversation');
      const message = tenantMessageFor(stored.decision, stored.caseData, { reference: stored.reference, landlordName });
      return { reference: stored.reference, message: [message.text, hazardClocksMessage(stored.decision)].filter(Boolean).join('\n\n') };
    },

    async requestHandoff(turn) {
      const contactBy = addWorkingDays(turn.now, HANDOFF_WORKING_DAYS, calendarFor(profile));
      await deps.db.insert(handoffRequests).values({ conversationId: turn.conversationId, channel: turn.channel, contactBy });
      deps.logger.info({ channel: turn.channel, contactBy }, 'tenant asked to talk to a person');
      return { contactBy };
    },

    async continueIntake(token, turn) {
      const record = await redeemContinuation(deps.db, token, turn.now);
      if (!record) return { kind: 'invalid' };
      if (record.caseId !== null) {
        const [opened] = await deps.db.select({ reference: cases.reference }).from(cases).where(eq(cases.id, record.caseId));
        return { kind: 'case_opened', reference: opened.reference };
      }
      const text = String((record.message as { text?: unknown }).text ?? '').slice(0, 3000);
      return { kind: 'awaiting_details', intakeId: record.id, text };
    },

    async requestStage2(reference, reasons, turn) {
      const stored = await caseStore.findByReference(reference);
      if (!stored || !STAGE2_OUTCOMES.has(stored.outcome)) return { status: 'not_found' };
      const caseProfile = profileOf(stored);
      const requestedOn = londonDate(turn.now);
      const input = { action: 'escalate-stage2', body: { version: stored.version, requestedOn } } as const;
      const result = applyAction(caseProfile, stored, input, { now: turn.now, by: 'the resident' });
      const actor = `tenant:${turn.channel}`;
      // Code 6.12: reasons are recorded when given, never required.
      const said = { reasons: reasons ?? null };
      if (!result.ok) {
        await caseStore.appendAudit(stored.id, actor, 'stage2.requested_before_stage1_response', said);
        return { status: 'stage1_not_answered', respondBy: caseState(caseProfile, stored, turn.now).stage1?.respondDue };
      }
      await new StaffCaseStore(deps.db).apply(
        stored,
        stored.version,
        result.next,
        { actor, action: result.event.action, details: { ...result.event.details, ...said } },
        turn.now,
      );
      const deadlines = stage2Deadlines(caseProfile, turn.now);
      return { status: 'escalated', acknowledgeBy: deadlines.acknowledgeBy, respondBy: deadlines.respondBy };
    },
  };
}
