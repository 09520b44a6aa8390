// The console's contact form as the update-contact action's JSON body: empty fields are absent
// (cleared), the address a line each, and each adjustment line "kind" or "kind: details".
export function contactFormBody(fields: Record<string, string>): Record<string, unknown> {
  const lines = (v: string | undefined) => (v ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const body: Record<string, unknown> = { version: Number(fields.version) };
  for (const k of ['name', 'email', 'phone', 'postcode', 'language', 'preferredMethod']) {
    const v = fields[k]?.trim();
    if (v) body[k] = v;
  }
  const address = lines(fields.address);
  if (address.length) body.address = address;
  const adjustments = lines(fields.adjustments).map((l) => {
    const at = l.indexOf(':');
    const [kind, details] = at < 0 ? [l, ''] : [l.slice(0, at), l.slice(at + 1)];
    return { kind: kind.trim().toLowerCase().replace(/[\s-]+/g, '_'), ...(details.trim() ? { details: details.trim() } : {}) };
  });
  if (adjustments.length) body.adjustments = adjustments;
  return body;
}
