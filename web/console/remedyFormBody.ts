// The console's respond and close forms as the actions' JSON bodies: the action rows (what, owner,
// due) become the actions list, each ticked root cause a code, and the apology choice a boolean.
export const REMEDY_ACTION_ROWS = 3;
export const ROOT_CAUSE_FIELD = 'rootCause-';

/** `plain`: the form's other fields as the generic form body has them. */
export function remedyFormBody(fields: Record<string, string>, plain: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(plain)) if (!/^action\d+(What|Owner|Due)$/.test(k) && !k.startsWith(ROOT_CAUSE_FIELD)) body[k] = v;
  if (fields.apology === 'true' || fields.apology === 'false') body.apology = fields.apology === 'true';
  const actions = Array.from({ length: REMEDY_ACTION_ROWS }, (_, i) => {
    const [what, owner, due] = ['What', 'Owner', 'Due'].map((part) => fields[`action${i + 1}${part}`]?.trim() ?? '');
    // A row left empty is no action; a row half filled is sent as it is, so the schema says what is missing.
    return what || owner || due ? { what, owner, due } : undefined;
  }).filter((a) => a !== undefined);
  if (actions.length) body.actions = actions;
  const rootCauses = Object.keys(fields).filter((k) => k.startsWith(ROOT_CAUSE_FIELD) && fields[k] === 'true').map((k) => k.slice(ROOT_CAUSE_FIELD.length));
  if (rootCauses.length) body.rootCauses = rootCauses;
  return body;
}
