// The one place a refusal from the staff services becomes what an HTTP client sees: the status
// for its kind, and its message. The staff API and the console's forms both answer through it.
import type restify from 'restify';
import { sendProblem } from '../../http/problem';
import type { Refusal, RefusalKind } from '../../lifecycle/refusal';

/**
 * 409: the record's state conflicts with the request (reload and look again); 422: the request cannot
 * be right as it stands; a file the product will not keep: 400 empty, 413 too large, 415 not a kind it keeps.
 */
export type RefusalStatus = 400 | 404 | 409 | 413 | 415 | 422;
export const REFUSAL_STATUS: Readonly<Record<RefusalKind, RefusalStatus>> = {
  not_found: 404,
  stale: 409,
  not_allowed_in_state: 409,
  already_recorded: 409,
  out_of_order: 422,
  invalid_date: 422,
  not_allowed: 422,
  final: 422,
  same_handler: 422,
  empty_file: 400,
  file_too_large: 413,
  file_type_not_accepted: 415,
  // The IETF Idempotency-Key draft: a key reused with a different payload is a 422.
  key_reused: 422,
};

export function refusalStatus(refusal: Refusal): RefusalStatus {
  return REFUSAL_STATUS[refusal.kind];
}

export function sendRefusal(res: restify.Response, refusal: Refusal): void {
  sendProblem(res, refusalStatus(refusal), refusal.message);
}
