// The self-assessment against the Code (Code 8.1): for each clause this product evidences, what it
// does and where to see it, with the policy profile's own shortfalls (triage/lintProfile.ts) shown
// against their clause. Pure. It says where the evidence is; judging compliance stays with the
// landlord's governing body, and clauses about people and culture are left to it.
import { lintProfile } from '../../triage/lintProfile';
import type { PolicyProfile } from '../../triage/profileSchema';

export interface Evidence {
  label: string;
  /** A console page or the README section that shows it. */
  href: string;
}

export interface AssessedClause {
  clause: string;
  requirement: string;
  howThisSystemMeetsIt: string;
  where: Evidence[];
  /** False: this system holds no evidence for it, and the landlord must provide it; never shown as met. */
  evidenced: boolean;
  /** Where the profile in use falls short of the clause, in the linter's words: empty when it does not. */
  shortfalls: string[];
}

const QUEUE = { label: 'Queue', href: '/console/queue' };
const REPORTS = { label: 'Reports', href: '/console/reports' };
const ANNUAL = { label: 'Annual report', href: '/console/reports/annual' };
const PROFILES = { label: 'Policy profiles (admin)', href: '/console/profiles' };
const CASE_PAGE = { label: 'Any case page: deadlines, record of the work, audit trail', href: '/console/queue' };
const CHAT = { label: 'The tenant chat', href: '/' };
const HAZARDS = { label: 'Hazard clocks', href: '/console/hazards' };

/** The clauses, in the Code's order; the timescale clauses are checked against the profile. */
const CLAUSES: Omit<AssessedClause, 'shortfalls' | 'evidenced'>[] = [
  {
    clause: 'Code 1.2',
    requirement: 'Accept any expression of dissatisfaction, however made, as a complaint.',
    howThisSystemMeetsIt: 'Every channel (chat, Teams, forwarded social and web messages, phone and letter logged by hand) opens a case through one case-opening service; understanding reads dissatisfaction in any words and triage decides.',
    where: [CHAT, QUEUE],
  },
  {
    clause: 'Code 1.3',
    requirement: 'Give residents the choice to make a complaint whenever they express dissatisfaction.',
    howThisSystemMeetsIt: 'The chat offers a formal complaint whenever the tenant sounds unhappy, whatever they asked for, and every outcome message says a complaint can be made at any time.',
    where: [CHAT],
  },
  {
    clause: 'Code 1.4–1.5',
    requirement: 'Tell service requests from complaints; dissatisfaction with how a service request was handled is a complaint.',
    howThisSystemMeetsIt: 'Triage routes first requests as service requests and turns a repeated or mishandled request into a complaint, with its reasons shown to staff.',
    where: [QUEUE],
  },
  {
    clause: 'Code 2.1–2.5',
    requirement: 'Exclude only for the Code’s reasons, explain why, and give the Ombudsman’s details.',
    howThisSystemMeetsIt: 'Each exclusion names its clause; the tenant is told the reason at once with the Ombudsman’s details, and the "not accepted" letter says the same. Refusals are counted by reason.',
    where: [QUEUE, REPORTS],
  },
  {
    clause: 'Code 2.3',
    requirement: 'Accept complaints within 12 months, with discretion for older ones.',
    howThisSystemMeetsIt: 'An issue older than the profile’s limit goes to a person to decide, with the date we will decide by; the tenant is told so.',
    where: [QUEUE, PROFILES],
  },
  {
    clause: 'Code 3.1',
    requirement: 'Make complaints accessible and make reasonable adjustments.',
    howThisSystemMeetsIt: 'Adjustments are recorded on the contact as a list (large print, BSL, interpreter, email only…) and letters honour large print; the chat and console are checked with axe; the chat speaks English and Welsh.',
    where: [CASE_PAGE, CHAT],
  },
  {
    clause: 'Code 5.6',
    requirement: 'Establish what the complaint is about and the outcome the resident wants.',
    howThisSystemMeetsIt: 'The chat asks for (or reads from the first message) what happened, when, the impact and the outcome wanted, and shows them back to confirm.',
    where: [CHAT, CASE_PAGE],
  },
  {
    clause: 'Code 5.12',
    requirement: 'Keep a full record of the complaint and its handling.',
    howThisSystemMeetsIt: 'Notes and contacts (phone, letter, email, visit) are kept for good; every change is in the audit trail with who and when; backdated entries are flagged.',
    where: [CASE_PAGE],
  },
  {
    clause: 'Code 6.2',
    requirement: 'Acknowledge a stage 1 complaint within 5 working days of receipt.',
    howThisSystemMeetsIt: 'The acknowledge-by date is set when the case opens, told to the tenant, shown on the case page and queue, and counted in the figures.',
    where: [QUEUE, REPORTS],
  },
  {
    clause: 'Code 6.3',
    requirement: 'Respond to stage 1 within 10 working days of the acknowledgement.',
    howThisSystemMeetsIt: 'The respond-by date follows the acknowledgement; CH02 counts responses on time by the later of the day dated and the day entered.',
    where: [QUEUE, REPORTS],
  },
  {
    clause: 'Code 6.4',
    requirement: 'Extend only with good reason, within the limit, telling the resident with the Ombudsman’s details.',
    howThisSystemMeetsIt: 'An extension needs a reason, is refused beyond the limit unless the resident agreed, produces an extension letter, and counts as late when recorded after the deadline.',
    where: [CASE_PAGE, REPORTS],
  },
  {
    clause: 'Code 6.9',
    requirement: 'A response addresses every point, with reasons, any remedy and how to escalate.',
    howThisSystemMeetsIt: 'The response letter is offered only once the outcome and reasons are recorded, and gives the remedy, next steps and how to ask for stage 2 or go to the Ombudsman.',
    where: [CASE_PAGE],
  },
  {
    clause: 'Code 6.10',
    requirement: 'Set no time limit on asking for stage 2.',
    howThisSystemMeetsIt: 'A late stage 2 request is recorded and flagged for discretion, never refused by the system.',
    where: [CASE_PAGE],
  },
  {
    clause: 'Code 6.11',
    requirement: 'Acknowledge a stage 2 request within 5 working days.',
    howThisSystemMeetsIt: 'Stage 2 clocks start from the request, shown and counted like stage 1’s.',
    where: [QUEUE, REPORTS],
  },
  {
    clause: 'Code 6.12',
    requirement: 'Do not require reasons for escalating to stage 2.',
    howThisSystemMeetsIt: 'Neither the chat nor the staff form asks for reasons to escalate; reasons are invited, never required.',
    where: [CHAT, CASE_PAGE],
  },
  {
    clause: 'Code 6.14',
    requirement: 'Respond to stage 2 within 20 working days of the acknowledgement.',
    howThisSystemMeetsIt: 'As for stage 1: deadline on the case page and queue, counted in CH02.',
    where: [QUEUE, REPORTS],
  },
  {
    clause: 'Code 6.15',
    requirement: 'A stage 2 extension no longer than 20 working days without good reason.',
    howThisSystemMeetsIt: 'As for stage 1 extensions.',
    where: [CASE_PAGE],
  },
  {
    clause: 'Code 8.1',
    requirement: 'Publish an annual complaint performance report with this self-assessment.',
    howThisSystemMeetsIt: 'The annual report (page and CSV) gives the year’s numbers, refusals by reason, outcomes, Ombudsman determinations and themes; this page lists where each clause is evidenced. The report lists what only people can add.',
    where: [ANNUAL, REPORTS],
  },
  {
    clause: "Awaab's Law",
    requirement: 'Investigate and make safe significant and emergency hazards within the set times (landlords in England).',
    howThisSystemMeetsIt: 'Hazards reported in any words start clocks with each step’s deadline, shown on the case page and the hazard clocks page, and counted as met or missed.',
    where: [HAZARDS],
  },
];

const MANUAL = 'Not evidenced by this system: manual evidence required.';

/** Parts of the Code about the landlord's organisation, publications and people: this system holds no evidence of them. */
const NOT_EVIDENCED: Pick<AssessedClause, 'clause' | 'requirement'>[] = [
  { clause: 'Code section 3 (publicity)', requirement: 'Publish the complaints policy and the Ombudsman’s details, and tell residents about them regularly.' },
  { clause: 'Code section 4', requirement: 'A person or team responsible for complaint handling, with the authority, autonomy and training to resolve complaints.' },
  { clause: 'Code section 5 (policy)', requirement: 'A single complaints policy with two stages, reviewed and published; no third stage; handling that is fair, impartial and free of conflicts of interest.' },
  { clause: 'Code section 7', requirement: 'Remedies that put things right: apologies, actions and compensation proportionate to the failure, followed through.' },
  { clause: 'Code section 9', requirement: 'Scrutiny and oversight: a member responsible for complaints and a governing body that receives regular information on complaints.' },
];

/** The assessment for a profile: each clause with where it is evidenced, and the profile's shortfalls against it. */
export function selfAssessment(profile: PolicyProfile): AssessedClause[] {
  const shortfalls = lintProfile(profile);
  const covered = (clause: string, against: string) => {
    if (clause === against) return true;
    const range = /^Code (\d+)\.(\d+)–(\d+)\.(\d+)$/.exec(clause);
    const one = /^Code (\d+)\.(\d+)$/.exec(against);
    return Boolean(range && one && range[1] === one[1] && Number(one[2]) >= Number(range[2]) && Number(one[2]) <= Number(range[4]));
  };
  const assessed = CLAUSES.map((c) => ({ ...c, evidenced: true, shortfalls: shortfalls.filter((s) => covered(c.clause, s.clause)).map((s) => s.message) }));
  // A shortfall against a clause not listed above still shows, under its own clause.
  const unlisted = shortfalls.filter((s) => !CLAUSES.some((c) => covered(c.clause, s.clause)));
  return [
    ...assessed,
    ...unlisted.map((s) => ({ clause: s.clause, requirement: s.message, howThisSystemMeetsIt: 'Set in the policy profile.', where: [PROFILES], evidenced: true, shortfalls: [s.message] })),
    ...NOT_EVIDENCED.map((c) => ({ ...c, howThisSystemMeetsIt: MANUAL, where: [], evidenced: false, shortfalls: [] })),
  ];
}
