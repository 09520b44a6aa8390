// The staff side's services, built once by the composition root (server/app.ts) and shared by the
// staff API, the console, the bot and the quick-fix sweep.
import type { CaseStore } from '../../store/caseStore';
import type { Db } from '../../store/database';
import type { PolicyProfile } from '../../triage/profileSchema';
import { AttachmentService } from '../attachments/attachmentService';
import { HazardService } from '../hazards/hazardService';
import { HazardStore } from '../hazards/hazardStore';
import type { LetterMailer } from '../letters/letterMailer';
import { LetterSendingService } from '../letters/letterSending';
import { LetterSendingStore } from '../letters/letterSendingStore';
import { AssignmentService } from './assignmentService';
import { CaseFinder } from './caseFinder';
import { CaseSearchStore } from './caseSearchStore';
import { StaffCaseStore } from './staffCaseStore';
import { StaffService } from './staffService';
import { WorkListService } from './workListService';
import { WorkListStore } from './workListStore';

export interface StaffServices {
  cases: StaffService;
  /** Search across open and closed cases. */
  finder: CaseFinder;
  /** Who owns a case. */
  assignments: AssignmentService;
  hazards: HazardService;
  /** Files kept with a case. */
  attachments: AttachmentService;
  workLists: WorkListService;
  /** Letters emailed to residents, each recorded on its case. */
  letters: LetterSendingService;
  /** The versioned case writes the lifecycle goes through (the sweep and the tenant's stage 2 too). */
  caseWrites: StaffCaseStore;
  workListStore: WorkListStore;
}

export function createStaffServices(deps: {
  db: Db;
  caseStore: CaseStore;
  /** Messages with no case yet are acknowledged on this profile's calendar and timescales. */
  botProfile: PolicyProfile;
  conversationIdleMinutes: number;
  /** Emails letters; absent when no SMTP server is configured. */
  mailer?: LetterMailer;
  /** The largest file kept with a case (ATTACHMENT_MAX_BYTES). */
  attachmentMaxBytes: number;
  /** Read on every call, so tests can pin time. */
  now: () => Date;
}): StaffServices {
  const caseWrites = new StaffCaseStore(deps.db);
  const workListStore = new WorkListStore(deps.db);
  const cases = new StaffService(caseWrites, deps.caseStore, deps.now);
  return {
    cases,
    finder: new CaseFinder(new CaseSearchStore(deps.db), deps.now),
    assignments: new AssignmentService(deps.db, cases, deps.now),
    hazards: new HazardService(new HazardStore(deps.db), deps.now),
    attachments: new AttachmentService(cases, caseWrites.attachments, deps.attachmentMaxBytes, deps.now),
    workLists: new WorkListService(workListStore, deps.botProfile, deps.conversationIdleMinutes, deps.now),
    letters: new LetterSendingService(new LetterSendingStore(deps.db), cases, deps.mailer, deps.now),
    caseWrites,
    workListStore,
  };
}
