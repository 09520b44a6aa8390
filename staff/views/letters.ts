// The letters a case needs, as data for templates/console/letter.hbs. Pure. The acknowledgement,
// refusal, quick-fix and consent letters reuse the tenant messages in templates/*.hbs, so a letter
// and the chat reply never say different things; extensions and responses have their own. A letter
// is offered only when everything it states is recorded: no placeholder ever reaches a resident.
// A resident whose language is Welsh gets the letter in Welsh (templates/console/cy/letter.hbs, the
// messages' Welsh twins, dates in Welsh), whatever language the chat was held in.
import { render } from '../../templates/render';
import { inLanguage, type Language } from '../../templates/language';
import { ombudsmanIn } from '../../triage/ombudsman';
import type { StructuredCase } from '../../triage/caseSchema';
import { withoutOmbudsmanRight } from '../../templates/tenantMessage';
import { longDate } from '../../templates/longDate';
import { stage2RequestWindow } from '../../triage/stage2Deadlines';
import { londonDate } from '../../triage/workingDays';
import { OUTCOME_NOT_STATED } from '../../triage/vocabulary';
import type { LoadedCase } from '../service/staffService';
import { plainText } from '../../templates/plainText';
import { contactView, needsLargePrint } from './contactView';
import { adjustmentInWords } from '../../templates/conversation/words';
import { pounds } from './pounds';
import type { StageRecord } from '../../lifecycle/lifecycleSchema';

export const LETTER_KINDS = [
  'acknowledgement',
  'not-accepted',
  'quick-fix',
  'extension',
  'stage1-response',
  'stage2-acknowledgement',
  'stage2-response',
  'consent-request',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_TITLES: Record<LetterKind, string> = {
  acknowledgement: 'Acknowledgement of your complaint',
  'not-accepted': 'Why we cannot take this through our complaints process',
  'quick-fix': 'Putting this right quickly',
  extension: 'We need more time to respond',
  'stage1-response': 'Our stage 1 response',
  'stage2-acknowledgement': 'Acknowledgement of your stage 2 request',
  'stage2-response': 'Our stage 2 response: our final response',
  'consent-request': 'We need permission to act on your behalf',
};

// For review by a Welsh speaker, with the rest of the Welsh letters (templates/cy/REVIEW.md).
export const LETTER_TITLES_CY: Record<LetterKind, string> = {
  acknowledgement: 'Cadarnhau bod eich cwyn wedi dod i law',
  'not-accepted': 'Pam na allwn ddelio â hyn drwy ein proses gwynion',
  'quick-fix': 'Unioni hyn yn gyflym',
  extension: 'Mae angen mwy o amser arnom i ymateb',
  'stage1-response': 'Ein hymateb cam 1',
  'stage2-acknowledgement': 'Cadarnhau bod eich cais am gam 2 wedi dod i law',
  'stage2-response': 'Ein hymateb cam 2: ein hymateb terfynol',
  'consent-request': 'Mae angen caniatâd arnom i weithredu ar eich rhan',
};

/** The decision as "Your complaint is …" / "Mae eich cwyn …" ends. */
const OUTCOME_WORDS: Record<Language, Record<string, string>> = {
  en: { upheld: 'upheld', partly_upheld: 'partly upheld', not_upheld: 'not upheld' },
  cy: { upheld: "wedi'i chadarnhau", partly_upheld: "wedi'i chadarnhau'n rhannol", not_upheld: 'heb ei chadarnhau' },
};

/** Who a letter is addressed to when no name is known. */
const NO_NAME: Record<Language, { resident: string; representative: string }> = {
  en: { resident: 'Resident', representative: 'Representative' },
  cy: { resident: 'Preswylydd', representative: 'Cynrychiolydd' },
};

/** Letters go in the resident's language when it is Welsh (contact.language `cy`), else in English. */
export function letterLanguage(c: StructuredCase): Language {
  return c.contact?.language === 'cy' ? 'cy' : 'en';
}

export function isLetterKind(kind: string): kind is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(kind);
}

/** A response letter states the decision and the reasons (Code 6.9): both must be recorded first. */
const answered = (record: { outcome?: string; reasons?: string } | undefined) => Boolean(record?.outcome && record.reasons);

/** The letters that fit the case as it stands. */
export function lettersFor({ row, state }: LoadedCase): LetterKind[] {
  const decision = row.decision;
  const { stage1, stage2 } = state.lifecycle;
  const kinds: LetterKind[] = [];
  if (state.stage1) kinds.push('acknowledgement');
  if (decision.outcome === 'not_accepted') kinds.push('not-accepted');
  if (decision.outcome === 'quick_fix') kinds.push('quick-fix');
  if (stage1?.extension || stage2?.extension) kinds.push('extension');
  if (answered(stage1)) kinds.push('stage1-response');
  if (state.stage2) kinds.push('stage2-acknowledgement');
  if (answered(stage2)) kinds.push('stage2-response');
  if (decision.disclosure.toRepresentative === 'nothing') kinds.push('consent-request');
  return kinds;
}

// The letter template escapes the tenant messages it includes, so they go in as plain text.

/** A rendered tenant message as paragraphs of lines, without its sign-off: the letter signs once. */
const paragraphs = (rendered: string, landlordName: string) =>
  plainText(rendered)
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== landlordName)
    .map((p) => p.split('\n'));

/** What the resident asked for, unless they never said (a forwarded message's placeholder). */
const askedFor = (desiredOutcome: string) => (desiredOutcome === OUTCOME_NOT_STATED ? null : desiredOutcome);

/**
 * Code 6.9, 7: the remedy as the response letter states it, each part only when recorded: the
 * apology, compensation in pounds, and each action with who does it and by when, in words. An
 * action whose date has passed is said as done or as due then, never promised "by" a past date.
 */
function remedyInLetter(record: StageRecord | undefined, today: string) {
  return {
    apology: record?.apology === true,
    compensation: record?.compensationPence ? pounds(record.compensationPence) : null,
    actions: (record?.actions ?? []).map((a) => ({
      what: a.what,
      owner: a.owner,
      ...(a.doneOn ? { doneOn: longDate(a.doneOn) } : a.due < today ? { wasDueOn: longDate(a.due) } : { by: longDate(a.due) }),
    })),
  };
}

/** The letter's data in the resident's language: its words, its dates and the ombudsman's name. */
export function letterData(kind: LetterKind, loaded: LoadedCase, now: Date) {
  const language = letterLanguage(loaded.row.caseData);
  return inLanguage(language, () => letterDataIn(language, kind, loaded, now));
}

function letterDataIn(language: Language, kind: LetterKind, { row, profile, state }: LoadedCase, now: Date) {
  const c = row.caseData;
  const today = londonDate(now);
  const landlordName = profile.landlord.name;
  const signed = { reference: row.reference, landlordName };
  const contact = contactView(c);
  // A Welsh letter says the adjustments back as the Welsh chat does (its words for each need); an
  // English one as staff read them. Older free-text adjustments stay as the resident wrote them.
  const adjustmentsSaid =
    language === 'cy'
      ? [...(c.contact?.adjustments ?? []).map(adjustmentInWords), ...(c.vulnerability?.adjustments ?? [])].filter(Boolean)
      : contact.adjustments.map((a) => a.text);
  const toRepresentative = kind === 'consent-request';
  const common = {
    kind,
    language,
    title: (language === 'cy' ? LETTER_TITLES_CY : LETTER_TITLES)[kind],
    reference: row.reference,
    date: longDate(today),
    landlord: profile.landlord,
    signatory: profile.landlord.signatory ?? null,
    // A social handle is never a name to write to, however it reached the case.
    addressee: toRepresentative ? (c.representative?.name ?? NO_NAME[language].representative) : contact.name && !contact.name.startsWith('@') ? contact.name : NO_NAME[language].resident,
    /** The resident's postal address, when known, for a window envelope; a letter to a representative goes to theirs. */
    recipient: !toRepresentative && contact.address.length > 0 ? { name: contact.name?.startsWith('@') ? null : contact.name, lines: [...contact.address, ...(contact.postcode ? [contact.postcode] : [])] } : null,
    /** The resident asked for large print: the whole letter is set at 18 pt, as the letter says we noted. */
    largePrint: needsLargePrint(c),
    ombudsman: ombudsmanIn(profile.ombudsman, language),
  };
  /** A promised date already passed when the letter is made is said as late, never promised. */
  const due = (date: string) => (date < today ? { lateSince: date } : { respondBy: date });
  switch (kind) {
    case 'acknowledgement':
    case 'stage2-acknowledgement': {
      const clocks = kind === 'acknowledgement' ? state.stage1 : state.stage2;
      const receivedOn = kind === 'acknowledgement' ? londonDate(row.receivedAt) : state.lifecycle.stage2?.requestedOn;
      return {
        ...common,
        /** The day the complaint (or the stage 2 request) reached us, which the resident can check. */
        received: receivedOn ? { on: longDate(receivedOn), stage2: kind === 'stage2-acknowledgement' } : null,
        message: paragraphs(
          render('acknowledgement', {
            ...signed,
            stage2: kind === 'stage2-acknowledgement',
            summary: c.summary,
            desiredOutcome: askedFor(c.desiredOutcome),
            ...due(clocks?.respondDue ?? (row.decision.deadlines.respondBy as string)),
            canReply: row.decision.disclosure.canReplyToComplainant,
            adjustments: adjustmentsSaid,
            ombudsman: profile.ombudsman,
          }),
          landlordName,
        ),
      };
    }
    case 'not-accepted':
      return {
        ...common,
        message: paragraphs(
          render('not-accepted', {
            ...signed,
            reasons: row.decision.exclusions.map((e) => withoutOmbudsmanRight(e.explanation, profile.ombudsman)),
            ombudsman: profile.ombudsman,
          }),
          landlordName,
        ),
      };
    case 'quick-fix':
      return {
        ...common,
        message: paragraphs(
          render('quick-fix', { ...signed, ...(state.quickFix?.respondBy && state.quickFix.respondBy >= today ? { respondBy: state.quickFix.respondBy } : {}), escalatesOn: state.quickFix?.escalatesToStage1On }),
          landlordName,
        ),
      };
    case 'consent-request':
      return { ...common, message: paragraphs(render('consent-request', signed), landlordName) };
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
          from: longDate(clocks?.respondBy ?? today),
          to: longDate(extension?.to ?? today),
          residentAgreed: extension?.residentAgreed ?? false,
        },
      };
    }
    case 'stage1-response':
    case 'stage2-response': {
      const stage = kind === 'stage1-response' ? 1 : 2;
      const record = stage === 1 ? state.lifecycle.stage1 : state.lifecycle.stage2;
      const window = stage === 1 && record?.respondedOn ? stage2RequestWindow(profile, record.respondedOn) : undefined;
      return {
        ...common,
        // Code 6.9 (stage 1) and 6.17 (stage 2): the stage, the complaint, the decision, the reasons,
        // any remedy, outstanding actions, and how to escalate (stage 2: to the Ombudsman, as our final response).
        response: {
          stage,
          final: stage === 2,
          summary: c.summary,
          desiredOutcome: askedFor(c.desiredOutcome),
          outcome: record?.outcome ? OUTCOME_WORDS[language][record.outcome] : '',
          reasons: record?.reasons ?? '',
          remedy: record?.remedy ?? null,
          ...remedyInLetter(record, today),
          nextSteps: record?.nextSteps ?? null,
          requestBy: window?.requestBy && window.requestBy >= today ? longDate(window.requestBy) : null,
        },
      };
    }
  }
}
export type LetterData = ReturnType<typeof letterData>;
