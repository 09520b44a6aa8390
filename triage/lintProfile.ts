import type { PolicyProfile } from './profileSchema';

/** One place a profile falls short of (or departs from) the Complaint Handling Code 2024. */
export interface Shortfall {
  setting: string;
  clause: string;
  message: string;
}

type Check = (p: PolicyProfile) => Shortfall | undefined;

const when = (cond: boolean, setting: string, clause: string, message: string): Shortfall | undefined =>
  cond ? { setting, clause, message } : undefined;

// The Code's own numbers; code-2024 is built from the same clauses, so it lints clean.
const CHECKS: readonly Check[] = [
  (p) =>
    when(p.timeLimit.months !== null && p.timeLimit.months < 12, 'timeLimit.months', 'Code 2.3',
      `Complaints must be accepted within 12 months of the issue or of becoming aware of it; this profile allows ${p.timeLimit.months}.`),
  (p) =>
    when(p.timeLimit.late === 'excluded', 'timeLimit.late', 'Code 2.3',
      'Late complaints are excluded outright; the Code requires discretion to be considered where there are good reasons.'),
  (p) =>
    when(p.exclusions.legalProceedings.preActionProtocol !== 'is_complaint', 'exclusions.legalProceedings.preActionProtocol', 'Code 2.2',
      'Only legal proceedings that have started exclude a complaint; a pre-action protocol letter is not legal proceedings.'),
  (p) =>
    when(p.stage1.acknowledge.workingDays > 5, 'stage1.acknowledge.workingDays', 'Code 6.2',
      `Stage 1 must be acknowledged within 5 working days of receipt; this profile allows ${p.stage1.acknowledge.workingDays}.`),
  (p) =>
    when(p.stage1.acknowledge.countsFrom !== 'receipt', 'stage1.acknowledge.countsFrom', 'Code 6.2',
      'The acknowledgement clock must run from receipt, not from logging.'),
  (p) =>
    when(p.stage1.respond.workingDays > 10, 'stage1.respond.workingDays', 'Code 6.3',
      `Stage 1 must be answered within 10 working days of the acknowledgement; this profile allows ${p.stage1.respond.workingDays}.`),
  (p) =>
    when(p.stage1.respond.countsFrom !== 'acknowledgement', 'stage1.respond.countsFrom', 'Code 6.3',
      `The stage 1 response counts from ${p.stage1.respond.countsFrom}, not from the acknowledgement; residents are given different dates from the Code's.`),
  (p) =>
    when(p.stage1.extension.workingDays > 10, 'stage1.extension.workingDays', 'Code 6.4',
      `A stage 1 extension must not exceed 10 working days without good reason; this profile allows ${p.stage1.extension.workingDays}.`),
  (p) =>
    when(p.stage2.requestWindow.days !== null, 'stage2.requestWindow.days', 'Code 6.10',
      `The Code sets no time limit for asking for stage 2; this profile allows ${p.stage2.requestWindow.days} ${p.stage2.requestWindow.dayType} days, so refusing a later request needs a valid reason.`),
  (p) =>
    when(p.stage2.requestWindow.reasonsRequired, 'stage2.requestWindow.reasonsRequired', 'Code 6.12',
      'Residents must not be required to explain their reasons for requesting stage 2.'),
  (p) =>
    when(p.stage2.acknowledge.workingDays > 5, 'stage2.acknowledge.workingDays', 'Code 6.11',
      `Stage 2 must be acknowledged within 5 working days of the request; this profile allows ${p.stage2.acknowledge.workingDays}.`),
  (p) =>
    when(p.stage2.respond.workingDays > 20, 'stage2.respond.workingDays', 'Code 6.14',
      `Stage 2 must be answered within 20 working days of the acknowledgement; this profile allows ${p.stage2.respond.workingDays}.`),
  (p) =>
    when(p.stage2.respond.countsFrom !== 'acknowledgement', 'stage2.respond.countsFrom', 'Code 6.14',
      `The stage 2 response counts from ${p.stage2.respond.countsFrom}, not from the acknowledgement; residents are given different dates from the Code's.`),
  (p) =>
    when(p.stage2.extension.workingDays > 20, 'stage2.extension.workingDays', 'Code 6.15',
      `A stage 2 extension must not exceed 20 working days without good reason; this profile allows ${p.stage2.extension.workingDays}.`),
];

/** Every place a profile falls short of the Code 2024, with the clause. */
export function lintProfile(profile: PolicyProfile): Shortfall[] {
  return CHECKS.map((check) => check(profile)).filter((s): s is Shortfall => s !== undefined);
}
