// Renders the queue page: after a GET, and after approving several cases, when it says what went
// through and what did not.
import type restify from 'restify';
import type { Principal } from '../../staff/access/roles';
import type { StaffServices } from '../../staff/service/staffServices';
import type { QueueQuery } from '../../staff/views/queue';
import { londonDate } from '../../triage/workingDays';
import { sendPage } from './consoleGate';
import { queuePageView } from './queuePageView';
import { logCaseForm } from './logCaseForm';

export interface BulkNotice {
  approved: string[];
  notApproved: { reference: string; message: string }[];
  /** The whole request was refused: nothing was approved. */
  error?: string;
}

export async function sendQueuePage(
  res: restify.Response,
  staff: StaffServices,
  principal: Principal,
  query: QueueQuery,
  now: Date,
  status = 200,
  bulk?: BulkNotice,
  /** Why the "Log a complaint" form was refused. */
  logError?: string,
): Promise<void> {
  const [result, officers] = await Promise.all([staff.cases.queue(principal, query), staff.assignments.officers(principal)]);
  sendPage(res, status, 'queue', { title: 'Queue', section: 'queue', principal, ...queuePageView(result, query, londonDate(now), officers), bulk, logForm: logCaseForm(now), logError });
}
