// The letters a case needs, as data for templates/console/letter.hbs. Pure. The acknowledgement,
// refusal and consent request reuse the tenant messages in templates/*.hbs, so a letter and the
// chat reply never say different things; the extension and stage 1 response have their own.
import { render } from '../../templates/render';
import { longDate } from '../../templates/longDate';
import { HOUSING_OMBUDSMAN, OMBUDSMAN_RIGHT } from '../../triage/ombudsman';
import { stage2RequestWindow } from '../../triage/stage2Deadlines';
import { londonDate } from '../../triage/workingDays';
import type { LoadedCase } from '../service/staffService';
import { plainText } from '../../templates/plainText';

export const LETTER_KINDS = ['acknowledgement', 'not-accepted', 'extension', 'stage1-response', 'consent-request'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_TITLES: Record<LetterKind, string> = {
  acknowledgement: 'Acknowledgement of your complaint',
  'not-accepted': 'Why we cannot take this through our complaints process',
  extension: 'We need more time to respond',
  'stage1-response': 'Our stage 1 response',
  'consent-request': 'We need permission to act on your behalf',
};

export function isLetterKind(kind: string): kind is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(kind);
}

/** The letters that fit the case as it stands. */
export function lettersFor({ row, state }: LoadedCase): LetterKind[] {
  const decision = row.decision;
  const kinds: LetterKind[] = [];
  if (state.stage1) kinds.push('acknowledgement');
  if (decision.outcome === 'not_accepted') kinds.push('not-accepted');
  if (state.lifecycle.stage1?.extension || state.lifecycle.stage2?.extension) kinds.push('extension');
  if (state.stage1) kinds.push('stage1-response');
  if (decision.disclosure.toRepresentative === 'nothing') kinds.push('consent-request');
  return kinds;
}

// The letter template escapes the tenant messages it includes, so they go in as plain text.

/** A rendered tenant message as paragraphs of lines. */
const paragraphs = (rendered: string) => plainText(rendered).split(/\n{2,}/).map((p) => p.split('\n'));

const withoutOmbudsmanRight = (explanation: string) => explanation.replace(OMBUDSMAN_RIGHT, '').trim();

export function letterData(kind: LetterKind, { row, profile, state }: LoadedCase, now: Date) {
  const c = row.caseData;
  const signed = { reference: row.reference, landlordName: profile.landlord.name };
  const common = {
    kind,
    title: LETTER_TITLES[kind],
    reference: row.reference,
    date: longDate(londonDate(now)),
    landlord: profile.landlord,
    addressee: kind === 'consent-request' ? (c.representative?.name ?? 'Representative') : (c.contact?.name ?? 'Resident'),
    ombudsman: HOUSING_OMBUDSMAN,
  };
  switch (kind) {
    case 'acknowledgement':
      return {
        ...common,
        message: paragraphs(
          render('acknowledgement', {
            ...signed,
            summary: c.summary,
            desiredOutcome: c.desiredOutcome,
            respondBy: state.stage1?.respondDue ?? (row.decision.deadlines.respondBy as string),
            canReply: row.decision.disclosure.canReplyToComplainant,
            adjustments: c.vulnerability?.adjustments ?? [],
          }),
        ),
      };
    case 'not-accepted':
      return {
        ...common,
        message: paragraphs(
          render('not-accepted', {
            ...signed,
            reasons: row.decision.exclusions.map((e) => withoutOmbudsmanRight(e.explanation)),
            ombudsman: HOUSING_OMBUDSMAN,
          }),
        ),
      };
    case 'consent-request':
      return { ...common, message: paragraphs(render('consent-request', signed)) };
    case 'extension': {
      const stage = state.lifecycle.stage2?.extension ? 2 : 1;
      const clocks = stage === 2 ? state.stage2 : state.stage1;
      const extension = (stage === 2 ? state.lifecycle.stage2 : state.lifecycle.stage1)?.extension;
      return {
        ...common,
        // Code 6.4–6.5: explain why, give the new date, and the Ombudsman's details.
        extension: {
          stage,
          reason: extension?.reason ?? '',
          from: longDate(clocks?.respondBy ?? londonDate(now)),
          to: longDate(extension?.to ?? londonDate(now)),
          residentAgreed: extension?.residentAgreed ?? false,
        },
      };
    }
    case 'stage1-response': {
      const record = state.lifecycle.stage1;
      const window = record?.respondedOn ? stage2RequestWindow(profile, record.respondedOn) : undefined;
      return {
        ...common,
        // Code 6.9 and whg 2.16: the stage, the complaint, the decision, the reasons, any remedy,
        // outstanding actions, and how to escalate.
        response: {
          summary: c.summary,
          desiredOutcome: c.desiredOutcome,
          outcome: record?.outcome?.replace('_', ' ') ?? null,
          remedy: record?.remedy ?? null,
          requestBy: window?.requestBy ? longDate(window.requestBy) : null,
        },
      };
    }
  }
}
export type LetterData = ReturnType<typeof letterData>;
