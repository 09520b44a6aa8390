// The console's work-list page (/console/work-lists): the three lists and a "done" form per item.
// Marks go through WorkListService, as the JSON API's do: same version check, same record.
import type restify from 'restify';
import { CASEWORK_ROLES, type Principal } from '../../staff/access/roles';
import type { WorkListService } from '../../staff/service/workListService';
import { WORK_KINDS, WORK_LIST_LABELS, WorkItemDoneSchema, WorkKindSchema, type WorkItem } from '../../staff/service/workLists';
import { formFields, sameOrigin, sendPage, signedIn, type ConsoleDeps } from './consoleGate';
import { redirect } from './session';
import { refusalStatus } from '../../staff/http/refusal';

/** One section per list, each soonest promise first. */
export function workListPageView(items: readonly WorkItem[]) {
  return WORK_KINDS.map((kind) => ({
    kind,
    label: WORK_LIST_LABELS[kind],
    items: items.filter((i) => i.kind === kind).map((i) => ({ ...i, isDate: !i.respondBy.includes('T') })),
  }));
}

export function registerWorkListConsole(server: restify.Server, context: ConsoleDeps, service: WorkListService): void {
  async function listPage(res: restify.Response, principal: Principal, status: number, message: { done?: string; error?: string } = {}) {
    const lists = workListPageView(await service.items());
    sendPage(res, status, 'work-lists', { title: 'Work lists', section: 'work-lists', principal, lists, ...message });
  }

  server.get('/console/work-lists', async (req, res) => {
    const principal = await signedIn(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    const kind = WorkKindSchema.safeParse(req.query?.done);
    // Only our own words go into the notice.
    await listPage(res, principal, 200, kind.success ? { done: `an item of "${WORK_LIST_LABELS[kind.data]}" marked done` } : {});
  });

  server.post('/console/work-lists/:kind/:id', async (req, res) => {
    const principal = await signedIn(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return listPage(res, principal, 403, { error: 'This form must be sent from the console itself.' });
    const kind = WorkKindSchema.safeParse(req.params.kind);
    if (!kind.success) return listPage(res, principal, 404, { error: `There is no work list "${String(req.params.kind)}".` });
    const fields = formFields(req.body);
    const body = WorkItemDoneSchema.safeParse({ version: Number(fields.version), note: fields.note });
    if (!body.success) return listPage(res, principal, 400, { error: body.error.issues.map((i) => i.message).join('; ') });
    const outcome = await service.markDone(principal, kind.data, String(req.params.id), body.data);
    if (!outcome.ok) return listPage(res, principal, refusalStatus(outcome.refusal), { error: outcome.refusal.message });
    redirect(res, `/console/work-lists?done=${kind.data}`);
  });
}
