// The console's search page and the queue's "approve selected": both over the same services as
// the staff API, so a case found, or approved, here is found or approved there the same way.
import type restify from 'restify';
import { CASEWORK_ROLES } from '../../staff/access/roles';
import { BulkApproveSchema, bulkApprove } from '../../staff/service/bulkApprove';
import { SearchQuerySchema } from '../../staff/service/caseSearch';
import type { StaffServices } from '../../staff/service/staffServices';
import { QueueQuerySchema } from '../../staff/views/queue';
import { formFields, sameOrigin, sendPage, signedIn, type ConsoleDeps } from './consoleGate';
import { sendQueuePage } from './queuePage';
import { searchPageView } from './searchPageView';

/** Each ticked row posts "reference@version": the version the reviewer read. */
function ticked(body: unknown): { reference: string; version: number }[] {
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>).approve : undefined;
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return values.map((v) => {
    const [reference, version] = String(v).split('@');
    return { reference, version: Number(version) };
  });
}

export function registerFindConsole(server: restify.Server, context: ConsoleDeps, staff: StaffServices): void {
  server.get('/console/search', async (req, res) => {
    const principal = await signedIn(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    const q = typeof req.query?.q === 'string' ? req.query.q : '';
    const parsed = SearchQuerySchema.safeParse(req.query ?? {});
    if (!parsed.success) {
      const error = q.trim() === '' ? undefined : parsed.error.issues.map((i) => i.message).join('; ');
      return sendPage(res, q.trim() === '' ? 200 : 400, 'search', { title: 'Search', section: 'queue', principal, q, error });
    }
    const result = await staff.finder.search(principal, parsed.data);
    sendPage(res, 200, 'search', { title: `Search: ${parsed.data.q}`, section: 'queue', principal, ...searchPageView(result) });
  });

  server.post('/console/queue/approve', async (req, res) => {
    const principal = await signedIn(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    const fields = formFields(req.body);
    // Back to the queue as the reviewer left it: the same view, filters and page.
    const back = QueueQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(fields.queue ?? '')));
    const query = back.success ? back.data : QueueQuerySchema.parse({});
    const at = context.now();
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) {
      return sendQueuePage(res, staff, principal, query, at, 403, { approved: [], notApproved: [], error: 'This form must be sent from the console itself.' });
    }
    const parsed = BulkApproveSchema.safeParse({ cases: ticked(req.body) });
    if (!parsed.success) {
      return sendQueuePage(res, staff, principal, query, at, 400, { approved: [], notApproved: [], error: parsed.error.issues.map((i) => i.message).join('; ') });
    }
    const results = await bulkApprove(staff.cases, principal, parsed.data);
    await sendQueuePage(res, staff, principal, query, at, 200, {
      approved: results.filter((r) => r.approved).map((r) => r.reference),
      notApproved: results.flatMap((r) => (r.approved ? [] : [{ reference: r.reference, message: r.refusal.message }])),
    });
  });
}
