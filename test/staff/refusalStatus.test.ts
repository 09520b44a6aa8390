// What a staff client sees for each kind of refusal: one table for the API and the console's forms.
import { REFUSAL_KINDS, type RefusalKind } from '../../lifecycle/refusal';
import { refusalStatus } from '../../staff/http/refusal';

describe('a refusal answers with the status for its kind', () => {
  const expected: Record<RefusalKind, number> = {
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
    key_reused: 422,
  };

  it.each(REFUSAL_KINDS.map((kind) => [kind, expected[kind]] as const))('%s → %i', (kind, status) => {
    expect(refusalStatus({ kind, message: 'why' })).toBe(status);
  });
});
