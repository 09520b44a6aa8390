// The conversation's side effects, on the real store and the real triage: the shell around the
// dialogs. Submitting is idempotent per conversation and submission id.
import type { Logger } from 'pino';
import type { Landlord } from '../cases/landlord';
import { caseFacts, withFacts } from '../cases/caseFacts';
import { openCase, type Words } from '../cases/openCase';
import { triage } from '../triage/triage';
import { requestStage2 } from '../cases/stage2Request';
import { caseFromDraft } from '../dialogs/caseFromDraft';
import { currentLanguage } from '../templates/language';
import type { IntakeDraft } from '../dialogs/intakeDraft';
import type { IntakeServices, SaidWords } from '../dialogs/intakeServices';
import { dialogUnderstanding } from '../dialogs/understandingPort';
import { botCaseKey } from '../store/botCaseKey';
import type { Db } from '../store/database';
import { eq } from 'drizzle-orm';
import { redeemContinuation } from '../intake/continuation';
import { cases, handoffRequests } from '../store/schema';
import { recordCaseEvent } from '../store/versionedWrite';
import { DateTime } from 'luxon';
import { hazardName } from '../templates/conversation/words';
import { say } from '../templates/conversation/say';
import { tenantMessageFor } from '../templates/tenantMessage';
import type { TriageDecision } from '../triage/decisionSchema';
import { calendarFor } from '../triage/calendarFor';
import { addWorkingDays } from '../triage/workingDays';
import type { WorkListStore } from '../staff/service/workListStore';
import type { Understanding } from '../understanding/understandingSchema';

/** A person contacts a tenant who asked for one within this many working days. */
const HANDOFF_WORKING_DAYS = 1;

export interface IntakeServicesDeps {
  db: Db;
  /** The landlord and policy the conversation is handled under (cases/landlord.ts). */
  landlord: Landlord;
  understand(text: string, opts: { now: Date; knownPii?: string[] }): Promise<Understanding>;
  /** Where promises made in the chat (danger mentioned, a person asked for) are kept for staff. */
  workLists: WorkListStore;
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

/**
 * Every message the tenant wrote for this case, each at the time they wrote it; without the
 * conversation's record, the opening (already understood) and what they added.
 */
function wordsOf(draft: IntakeDraft, said: readonly SaidWords[], now: Date): Words[] {
  if (said.length === 0) return [draft.opening, ...draft.additions].map((text, i) => ({ text, at: now, ...(i === 0 ? { understanding: draft.understanding } : {}) }));
  return said.map((s) => ({ text: s.text, at: new Date(s.at), ...(s.text === draft.opening ? { understanding: draft.understanding } : {}) }));
}

export function createIntakeServices(deps: IntakeServicesDeps): IntakeServices {
  const { profile, name: landlordName } = deps.landlord;
  return {
    now: deps.now,
    understanding: dialogUnderstanding(deps.understand),
    landlord: { name: landlordName, phone: profile.landlord.phone, emergencyPhone: deps.landlord.emergencyPhone },
    quickFixName: profile.quickFix.name,
    ombudsman: profile.ombudsman,

    async preview(draft, turn) {
      const caseData = caseFromDraft(draft, { profile: profile.id, receivedAt: turn.now, channel: turn.channel, language: currentLanguage() });
      // The facts of the first message, as opening the case will find them (cases/caseFacts.ts).
      const opening = draft.understanding ? [{ text: draft.opening, at: turn.now, understanding: draft.understanding }] : [];
      return triage(profile, withFacts(caseData, caseFacts(opening)), turn.now);
    },

    async submit(draft, turn, said = []) {
      const caseData = caseFromDraft(draft, { profile: profile.id, receivedAt: turn.now, channel: turn.channel, language: currentLanguage() });
      const { stored, created } = await openCase(deps.db, { understand: deps.understand, now: () => turn.now }, {
        caseData,
        profile,
        words: wordsOf(draft, said, turn.now),
        actor: `bot:${turn.channel}`,
        idempotencyKey: botCaseKey(turn.conversationId, draft.submissionId ?? 'once'),
        intakeId: draft.intakeId,
      });
      deps.logger.info({ reference: stored.reference, outcome: stored.outcome, created }, 'case submitted from the conversation');
      const message = tenantMessageFor(stored.decision, stored.caseData, { reference: stored.reference, landlordName, ombudsman: profile.ombudsman });
      return { reference: stored.reference, message: [message.text, hazardClocksMessage(stored.decision)].filter(Boolean).join('\n\n'), decision: stored.decision };
    },

    async requestHandoff(turn, request) {
      const contactBy = addWorkingDays(turn.now, HANDOFF_WORKING_DAYS, calendarFor(profile));
      await deps.db.insert(handoffRequests).values({
        conversationId: turn.conversationId,
        channel: turn.channel,
        requestedAt: turn.now,
        contactBy,
        contactName: request.name ?? null,
        contact: request.contact ?? null,
        said: request.said?.slice(0, 4000) ?? null,
      });
      deps.logger.info({ channel: turn.channel, contactBy, inChat: request.contact === undefined }, 'tenant asked to talk to a person');
      return { contactBy };
    },

    async addToCase(reference, text, turn) {
      const [opened] = await deps.db.select({ id: cases.id }).from(cases).where(eq(cases.reference, reference));
      if (!opened) return;
      await recordCaseEvent(deps.db, opened.id, {
        actor: `tenant:${turn.channel}`,
        action: 'case.message_added',
        details: { conversationId: turn.conversationId, at: turn.now.toISOString(), text: text.slice(0, 4000) },
      });
      deps.logger.info({ reference, channel: turn.channel }, 'tenant added to their case from the conversation');
    },

    async recordDanger(turn, said, kinds) {
      // The first mention per conversation; the words are kept as a transcript keeps them.
      await deps.workLists.recordDanger({ conversationId: turn.conversationId, channel: turn.channel, mentionedAt: turn.now, kinds, said: said.slice(0, 4000) });
      deps.logger.info({ channel: turn.channel, kinds }, 'danger mentioned in the conversation');
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

    async requestStage2(reference, reasons, contact, turn) {
      const requester = {
        channel: turn.channel,
        conversationId: turn.conversationId,
        ...(contact?.includes('@') ? { email: contact } : contact ? { phone: contact } : {}),
      };
      const outcome = await requestStage2(deps.db, { reference, reasons, requester, actor: `tenant:${turn.channel}`, now: turn.now });
      if (outcome.status === 'escalated') return { status: 'escalated', acknowledgeBy: outcome.acknowledgeBy, respondBy: outcome.respondBy };
      if (outcome.status === 'stage1_not_answered') return { status: 'stage1_not_answered', respondBy: outcome.respondBy };
      if (outcome.status === 'already_at_stage2') return { status: 'already_at_stage2', ...outcome.stage2 };
      // Recorded for staff to match, with the reference asked about; the tenant learns nothing of it.
      const contactBy = addWorkingDays(turn.now, HANDOFF_WORKING_DAYS, calendarFor(profile));
      await deps.db.insert(handoffRequests).values({ conversationId: turn.conversationId, channel: turn.channel, contactBy, caseReference: reference || null });
      deps.logger.info({ channel: turn.channel, contactBy }, 'stage 2 request not matched to a case; recorded for staff');
      return { status: 'unmatched', contactBy };
    },
  };
}
