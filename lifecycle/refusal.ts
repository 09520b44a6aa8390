// Why a change is refused, in the domain's words: the lifecycle, the hazard clocks and the work
// lists say what is wrong and why; each edge decides what its people see (the staff API and the
// console a status code, the tenant a message of their own).

export const REFUSAL_KINDS = [
  /** No such record, or none the person may see. */
  'not_found',
  /** Changed by someone else since the person read it. */
  'stale',
  /** Not possible where the record stands now: a closed case, no open stage, not a quick fix, no stage 1 response yet. */
  'not_allowed_in_state',
  /** Already done: doing it again would rewrite what was recorded. */
  'already_recorded',
  /** Another step has to be recorded first. */
  'out_of_order',
  /** A date that cannot be right: in the future, before the record began, or not later than the date it replaces. */
  'invalid_date',
  /** The policy does not allow it as asked, and says what would. */
  'not_allowed',
  /** A hazard clock's records are final: a step once recorded, or a clock once closed, is never changed. */
  'final',
  /** Code 6.13: the person who considered stage 1 may not decide stage 2 without saying why. */
  'same_handler',
  /** A file with nothing in it. */
  'empty_file',
  /** A file over the size limit, which the message names. */
  'file_too_large',
  /** A file of a kind that is not kept (found from its content); the message lists the kinds that are. */
  'file_type_not_accepted',
  /** An idempotency key already used for a different request: a retry must repeat the request exactly. */
  'key_reused',
] as const;
export type RefusalKind = (typeof REFUSAL_KINDS)[number];

export interface Refusal {
  kind: RefusalKind;
  /** Says what is wrong and what to do instead, to the person who asked. */
  message: string;
}

export type Refused = { ok: false; refusal: Refusal };

export function refuse(kind: RefusalKind, message: string): Refused {
  return { ok: false, refusal: { kind, message } };
}
